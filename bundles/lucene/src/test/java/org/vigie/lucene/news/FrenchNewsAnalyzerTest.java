package org.vigie.lucene.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class FrenchNewsAnalyzerTest {
    private final Analyzer analyzer = new CorpusFieldAnalyzer();

    @Test
    void foldsVietnameseIncludingTheCrossedD() throws IOException {
        assertEquals(List.of("luong", "tam", "quang"), terms("text", "Lương Tam Quang"));
        assertEquals(terms("text", "Luong Tam Quang"), terms("text", "Lương Tam Quang"));
        assertEquals(List.of("da", "nang", "do"), terms("text", "Đà Nẵng, Đỗ"));
        assertEquals(terms("text", "dang"), terms("text", "đang"));
    }

    @Test
    void dropsElidedArticlesWithEitherApostropheAndKeepsTheWordsOffsets() throws IOException {
        String text = "l’Intérieur et d'Interpol";
        assertEquals(terms("text", "Intérieur et Interpol"), terms("text", text));
        assertEquals(terms("text", "intérieur"), terms("text", "l'intérieur"));
        List<String> marked = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                marked.add(text.substring(offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        }
        assertEquals(List.of("Intérieur", "et", "Interpol"), marked);
    }

    @Test
    void stemsPluralsAndFeminines() throws IOException {
        assertEquals(terms("text", "arrestation"), terms("text", "arrestations"));
        assertEquals(terms("text", "électronique"), terms("text", "électroniques"));
    }

    @Test
    void exactValueFieldsAreOneFoldedTerm() throws IOException {
        assertEquals(List.of("viet nam"), terms("tag.pays", "Việt Nam"));
        assertEquals(List.of("fr"), terms("lang", "FR"));
        assertEquals(List.of("004_b6deee30475d28dd.txt"), terms("file", "004_b6deee30475d28dd.txt"));
    }

    private List<String> terms(String field, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
