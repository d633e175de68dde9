package org.vigie.corpus.importers.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns the bytes of a text file into NFC text: a BOM decides when there is one, otherwise strict
 * UTF-8, then windows-1252, then ISO-8859-1 (which never fails). Line ends become {@code \n};
 * typographic apostrophes and non-breaking spaces are kept as they are.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The text and the charset it was read with. */
    record Decoded(String text, Charset charset) {
    }

    Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return finish(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return finish(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return finish(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, WINDOWS_1252}) {
            String text = strict(bytes, bytes.length, charset);
            if (text != null) {
                return finish(text, charset);
            }
        }
        return finish(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
    }

    /**
     * Whether the first bytes of a file read as text: a BOM, or no NUL byte, decodable (a
     * multi-byte sequence cut at the end of the head is allowed) and almost no control characters.
     */
    boolean looksLikeText(byte[] head) {
        if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
            return true;
        }
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        String text = strict(head, trimPartialUtf8(head), StandardCharsets.UTF_8);
        if (text == null) {
            text = new String(head, WINDOWS_1252);
        }
        return controlShare(text) < 0.02;
    }

    private static double controlShare(String text) {
        long controls = text.chars()
                .filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                .count();
        return text.isEmpty() ? 0 : (double) controls / text.length();
    }

    /** The length of {@code head} without a UTF-8 sequence cut short at its end. */
    private static int trimPartialUtf8(byte[] head) {
        int end = head.length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = head[end - back] & 0xFF;
            if (b >= 0xC0) {
                int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return needed > back ? end - back : end;
            }
            if (b < 0x80) {
                return end;
            }
        }
        return end;
    }

    private static String strict(byte[] bytes, int length, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, 0, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Decoded finish(String text, Charset charset) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!lines.isEmpty() && lines.charAt(0) == '\uFEFF') {
            lines = lines.substring(1);
        }
        return new Decoded(Normalizer.normalize(lines, Normalizer.Form.NFC), charset);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
