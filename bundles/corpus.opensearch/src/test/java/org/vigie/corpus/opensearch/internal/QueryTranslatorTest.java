package org.vigie.corpus.opensearch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.TreeSet;

import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.junit.jupiter.api.Test;
import org.vigie.lucene.news.CorpusFieldAnalyzer;
import org.vigie.lucene.news.NewsQueryParser;

import com.fasterxml.jackson.databind.JsonNode;

/** The translation of the parsed query, on what the contract suite cannot tell apart. */
class QueryTranslatorTest {
    private final CorpusFieldAnalyzer analyzer = new CorpusFieldAnalyzer();

    private String dsl(String query) {
        return QueryTranslator.translate(NewsQueryParser.parse(query, analyzer)).toString();
    }

    @Test
    void publishedDaysGoBackToDatesAndOpenEndsStayOpen() {
        assertEquals("{\"range\":{\"published\":{\"boost\":1.0,\"gte\":\"2025-10-01\",\"lte\":\"2025-10-31\"}}}",
                dsl("published:2025-10"));
        assertEquals("{\"range\":{\"published\":{\"boost\":1.0,\"lte\":\"2025-10-02\"}}}",
                dsl("published:[* TO 2025-10-03}"));
    }

    @Test
    void aQueryThatOnlyExcludesMatchesNothingAsInLucene() {
        assertEquals("{\"match_none\":{}}", dsl("NOT phishing"));
    }

    @Test
    void aPhraseKeepsItsAnalysedWordsAndTheTitleItsBoost() {
        String phrase = dsl("\"preuves électroniques\"");
        assertTrue(phrase.contains("{\"match_phrase\":{\"text\":{\"query\":\"preuv electron\",\"analyzer\":\"whitespace\",\"slop\":0,\"boost\":1.0}}}"), phrase);
        assertTrue(phrase.contains("{\"match_phrase\":{\"title\":{\"query\":\"preuv electron\",\"analyzer\":\"whitespace\",\"slop\":0,\"boost\":2.0}}}"), phrase);
    }

    @Test
    void theIndexElidesTheArticlesTheEmbeddedStoreElides() throws IOException {
        try (InputStream in = CorpusIndexes.class.getResourceAsStream("corpus-index.json")) {
            JsonNode articles = ClusterClient.JSON.readTree(in).path("settings").path("analysis").path("filter")
                    .path("vigie_elision").path("articles");
            TreeSet<String> index = new TreeSet<>();
            articles.forEach(article -> index.add(article.asText()));
            TreeSet<String> lucene = new TreeSet<>();
            FrenchAnalyzer.DEFAULT_ARTICLES.forEach(article -> lucene.add(new String((char[]) article)));
            assertEquals(lucene, index);
        }
    }
}
