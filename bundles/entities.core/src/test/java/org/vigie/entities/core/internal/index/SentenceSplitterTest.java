package org.vigie.entities.core.internal.index;

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

    @Test
    void aTitleWithoutAFinalStopIsASentenceOfItsOwn() {
        String text = "Coopération policière entre Hanoï et Vientiane\n\nLe 3 mars, le ministre Lương Tam Quang a reçu"
                + " son homologue laotien.\r\nIls ont signé un accord. Il entre en vigueur en mai\n   \nPhoto : VNA";
        assertEquals(List.of("Coopération policière entre Hanoï et Vientiane",
                "Le 3 mars, le ministre Lương Tam Quang a reçu son homologue laotien.", "Ils ont signé un accord.",
                "Il entre en vigueur en mai", "Photo : VNA"), sentences(text));
    }

    @Test
    void aLineBreakEndsASentenceEvenAfterAnAbbreviation() {
        String text = "Selon M.\nDupont, rien. Le texte cite l'art.\n3 de la loi";
        assertEquals(List.of("Selon M.", "Dupont, rien.", "Le texte cite l'art.", "3 de la loi"), sentences(text));
        assertEquals(0, new SentenceSplitter().split("\n \n\r\n").length);
    }
}
