package org.vigie.corpus.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.vigie.lucene.news.CorpusFieldAnalyzer;

class SnippetsTest {
    private final Analyzer analyzer = new CorpusFieldAnalyzer();
    private final Snippets snippets = new Snippets(analyzer, 120);

    private String snippet(String query, String text) throws IOException {
        return snippets.snippet(text, QueryTerms.of(CorpusSearch.parse(query, analyzer), CorpusFields.TEXT));
    }

    @Test
    void cutsAWindowAroundAHitDeepInALongText() throws IOException {
        String filler = "Les enquêteurs ont saisi des serveurs loués sous de faux noms. ".repeat(30);
        String text = filler + "Le suspect a été remis à Interpol après son arrestation à Bangkok. " + filler;
        String snippet = snippet("Interpol", text);
        assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), snippet);
        assertTrue(snippet.contains("remis à [[Interpol]] après"), snippet);
        assertTrue(snippet.replace("[[", "").replace("]]", "").length() <= 122, snippet);
    }

    @Test
    void marksStemsPrefixesAndFuzzyMatchesButNotExcludedWords() throws IOException {
        String text = "Des arrestations à Hô Chi Minh-Ville, la fraude aux cryptomonnaies et l’escroquerie en ligne.";
        assertEquals("Des [[arrestations]] à Hô Chi Minh-Ville, la fraude aux [[cryptomonnaies]] et l’escroquerie en ligne.",
                snippet("arrestation cryptomonnaie* NOT escroquerie", text));
        assertEquals("Des arrestations à Hô Chi [[Minh]]-Ville, la [[fraude]] aux cryptomonnaies et l’escroquerie en ligne.",
                snippet("fraudes OR Mihn~", text));
        assertTrue(snippet("\"Ho Chi Minh\"", text).contains("[[Hô]] [[Chi]] [[Minh]]-Ville"));
    }

    @Test
    void aMetadataQueryGivesTheStartOfTheText() throws IOException {
        String text = "Première phrase de l’article. " + "Suite du texte sans intérêt particulier. ".repeat(10);
        String snippet = snippet("source:VNA", text);
        assertTrue(snippet.startsWith("Première phrase de l’article."), snippet);
        assertTrue(snippet.endsWith("…"), snippet);
        assertFalse(snippet.contains("[["), snippet);
    }
}
