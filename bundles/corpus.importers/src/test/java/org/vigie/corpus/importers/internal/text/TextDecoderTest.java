package org.vigie.corpus.importers.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.vigie.corpus.importers.internal.Fixtures;

class TextDecoderTest {

    private final TextDecoder decoder = new TextDecoder();

    @Test
    void stripsTheUtf8ByteOrderMarkAndWindowsLineEnds() throws Exception {
        TextDecoder.Decoded decoded = decoder.decode(Files.readAllBytes(Fixtures.fixture("bom-utf8.txt")));

        assertEquals(StandardCharsets.UTF_8, decoded.charset());
        assertTrue(decoded.text().startsWith("Vietnam.vn - Plateforme"), decoded.text());
        assertFalse(decoded.text().contains("\r"));
    }

    @Test
    void readsWindows1252WhenTheBytesAreNotUtf8() throws Exception {
        TextDecoder.Decoded decoded = decoder.decode(Files.readAllBytes(Fixtures.fixture("latin1-cp1252.txt")));

        assertEquals(Charset.forName("windows-1252"), decoded.charset());
        assertTrue(decoded.text().contains("démantèlement de l’infrastructure"), decoded.text());
        assertTrue(decoded.text().contains("l’œuvre de ce groupe"));
        assertTrue(decoded.text().contains("(€)"));
    }

    @Test
    void fallsBackToLatin1ForBytesWindows1252LeavesUndefined() {
        byte[] bytes = "caf\u00e9 \u0081".getBytes(StandardCharsets.ISO_8859_1);

        TextDecoder.Decoded decoded = decoder.decode(bytes);

        assertEquals(StandardCharsets.ISO_8859_1, decoded.charset());
        assertTrue(decoded.text().startsWith("café"));
    }

    @Test
    void normalisesToNfcAndKeepsTypographicApostrophes() {
        String decomposed = Normalizer.normalize("Lương Tam Quang l’a reçu", Normalizer.Form.NFD);

        String text = decoder.decode(decomposed.getBytes(StandardCharsets.UTF_8)).text();

        assertEquals("Lương Tam Quang l’a reçu", text);
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC));
    }

    @Test
    void readsUtf16WithItsByteOrderMark() {
        byte[] body = "Hanoï, le 25 octobre".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);

        assertEquals("Hanoï, le 25 octobre", decoder.decode(bytes).text());
        assertTrue(decoder.looksLikeText(bytes));
    }

    @Test
    void tellsTextFromBinary() throws Exception {
        assertTrue(decoder.looksLikeText(Files.readAllBytes(Fixtures.fixture("latin1-cp1252.txt"))));
        assertFalse(decoder.looksLikeText(Files.readAllBytes(Fixtures.fixture("random.bin"))));
        assertFalse(decoder.looksLikeText("texte\0avec un octet nul".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void acceptsAHeadThatCutsAMultiByteCharacterInTwo() {
        byte[] bytes = "Cérémonie à Hanoï, thời sự và kinh tế hiệ".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 1);

        assertTrue(decoder.looksLikeText(cut));
    }
}
