package org.vigie.lucene.copies;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.vigie.testing.Dispatches;

class CopySignatureTest {
    private static final LocalDate DAY = LocalDate.of(2025, 10, 28);

    private static CopySignature signed(String text) {
        return CopySignature.of(Dispatches.document(text, "AFP", DAY));
    }

    @Test
    void foldedWordsMakeTheSameShinglesWithOrWithoutAccents() {
        assertArrayEquals(WordShingles.of("Le ministère de la Sécurité publique à Hanoï"),
                WordShingles.of("le MINISTERE de la securite, publique a hanoi"));
    }

    @Test
    void aTextOfFewerThanFiveWordsHasNoShingle() {
        assertEquals(0, WordShingles.of("Hanoï, le 28 octobre").length);
    }

    @Test
    void anEditedCopyIsFarMoreSimilarThanAnotherStoryOnTheSameTopic() {
        CopySignature original = signed(Dispatches.original());
        double copy = original.similarity(signed(Dispatches.copy()));
        double accentless = original.similarity(signed(Dispatches.accentlessCopy()));
        double other = original.similarity(signed(Dispatches.OTHER));
        assertTrue(copy >= 0.5 && accentless >= 0.5, "copies: " + copy + ", " + accentless);
        assertTrue(other < 0.15, "other story: " + other);
    }

    @Test
    void aDocumentIsWhollySimilarToItself() {
        assertEquals(1.0, signed(Dispatches.original()).similarity(signed(Dispatches.original())));
    }

    @Test
    void aTextTooShortToTellFromACommonPhraseIsNotSigned() {
        assertNull(signed("La police a arrêté trois suspects mardi à Hanoï après une longue enquête."));
    }

    @Test
    void aSignatureReadsBackFromItsBytes() {
        CopySignature signature = signed(Dispatches.original());
        byte[] bytes = signature.bytes();
        CopySignature read = CopySignature.read(bytes, 0, bytes.length);
        assertArrayEquals(signature.bins(), read.bins());
        assertEquals(DAY.toEpochDay(), read.publishedDay());
        assertNull(CopySignature.read(new byte[] {9, 9}, 0, 2));
    }
}
