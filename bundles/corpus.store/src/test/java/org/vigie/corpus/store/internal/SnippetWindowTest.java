package org.vigie.corpus.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.junit.jupiter.api.Test;
import org.vigie.lucene.news.CorpusFieldAnalyzer;

/**
 * Snippets analyse from the first candidate word only: they must mark exactly what an analysis of
 * the whole text from its start marks. Checked on the repository's sample articles and generated
 * ones, with queries made of their own words (one, two, their surface forms and stems).
 */
class SnippetWindowTest {
    private final Analyzer analyzer = new CorpusFieldAnalyzer();
    private final Snippets snippets = new Snippets(analyzer, 120);

    @Test
    void marksWhatAnAnalysisFromTheStartMarks() throws IOException {
        List<String> texts = texts();
        int compared = 0;
        for (String text : texts) {
            List<String> words = surfaceWords(text);
            for (int i = 0; i < words.size(); i += 6) {
                for (String query : List.of(words.get(i), words.get(i) + " " + words.get((i * 7 + 5) % words.size()),
                        "\"" + words.get(i) + "\"")) {
                    QueryTerms terms = QueryTerms.of(CorpusSearch.parse(query, analyzer), CorpusFields.TEXT);
                    for (String other : List.of(text, texts.get((compared + 1) % texts.size()))) {
                        assertEquals(reference(other, terms), snippets.snippet(other, terms), query);
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 500, "compared " + compared);
    }

    @Test
    void everyTokenOfATextIsInACandidateWord() throws IOException {
        for (String text : texts()) {
            try (TokenStream tokens = analyzer.tokenStream(CorpusFields.TEXT, text)) {
                TermToBytesRefAttribute term = tokens.addAttribute(TermToBytesRefAttribute.class);
                OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
                tokens.reset();
                while (tokens.incrementToken()) {
                    String stem = term.getBytesRef().utf8ToString();
                    int word = offset.startOffset();
                    while (word > 0 && !Character.isWhitespace(text.charAt(word - 1))) {
                        word--;
                    }
                    QueryTerms query = QueryTerms.of(new org.apache.lucene.search.TermQuery(
                            new org.apache.lucene.index.Term(CorpusFields.TEXT, stem)), CorpusFields.TEXT);
                    assertEquals(word, new SnippetCandidates(query).next(text, word),
                            () -> stem + " in " + text.substring(offset.startOffset(), offset.endOffset()));
                }
                tokens.end();
            }
        }
    }

    /** The snippet as an analysis of the whole text from its start finds it. */
    private String reference(String text, QueryTerms words) throws IOException {
        List<int[]> marks = new ArrayList<>();
        int length = 120;
        int begin = 0;
        int end = Math.min(text.length(), length);
        try (TokenStream tokens = analyzer.tokenStream(CorpusFields.TEXT, text)) {
            TermToBytesRefAttribute term = tokens.addAttribute(TermToBytesRefAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && (marks.isEmpty() || offset.endOffset() <= end)) {
                if (words.matches(term.getBytesRef())) {
                    if (marks.isEmpty()) {
                        begin = Math.max(0, Math.min(offset.startOffset() - length / 3, text.length() - length));
                        end = Math.min(text.length(), begin + length);
                    }
                    marks.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            tokens.end();
        }
        return Snippets.line(text, begin, end, marks);
    }

    private List<String> surfaceWords(String text) throws IOException {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(CorpusFields.TEXT, text)) {
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String surface = text.substring(offset.startOffset(), offset.endOffset());
                if (surface.chars().allMatch(Character::isLetterOrDigit)) {
                    words.add(surface);
                    words.add(term.toString());
                }
            }
            tokens.end();
        }
        return new ArrayList<>(words);
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            texts.add(NewsCorpusGenerator.article(n).text());
        }
        Path samples = Path.of(System.getProperty("user.dir")).resolve("../../samples/articles").normalize();
        if (Files.isDirectory(samples)) {
            try (Stream<Path> files = Files.list(samples)) {
                for (Path file : files.sorted().toList()) {
                    texts.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }
}
