package org.vigie.entities.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Span;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return Arrays.stream(new SentenceSplitter().split(text)).map(s -> s.of(text)).toList();
    }

    @Test
    void abbreviationsAndInitialsEndNoSentence() {
        String text = "M. Quang a reçu Mme Hoa et Mme. Lan. Selon T. Lâm, la séance reprendra. Le Dr. Minh l'a confirmé.";
        assertEquals(List.of("M. Quang a reçu Mme Hoa et Mme. Lan.", "Selon T. Lâm, la séance reprendra.",
                "Le Dr. Minh l'a confirmé."), sentences(text));
    }

    @Test
    void questionsExclamationsAndParagraphsEndSentences() {
        String text = "La délégation est arrivée à Hanoï ! Qui la reçoit ?\nLe ministre, le 26 octobre.";
        assertEquals(List.of("La délégation est arrivée à Hanoï !", "Qui la reçoit ?", "Le ministre, le 26 octobre."),
                sentences(text));
    }

    @Test
    void etcEndsASentenceOnlyBeforeACapital() {
        assertEquals(List.of("Drogue, armes, etc. sont visées.", "Le reste suit."),
                sentences("Drogue, armes, etc. sont visées. Le reste suit."));
        assertEquals(List.of("Drogue, armes, etc.", "Le reste suit."), sentences("Drogue, armes, etc. Le reste suit."));
    }

    @Test
    void offsetsFindTheirSentence() {
        String text = "Un. Deux trois. Quatre.";
        Span[] spans = new SentenceSplitter().split(text);
        assertEquals(0, SentenceSplitter.sentenceAt(spans, 0));
        assertEquals(1, SentenceSplitter.sentenceAt(spans, text.indexOf("trois")));
        assertEquals(2, SentenceSplitter.sentenceAt(spans, text.indexOf("Quatre")));
        assertEquals(0, new SentenceSplitter().split("").length);
    }
}
