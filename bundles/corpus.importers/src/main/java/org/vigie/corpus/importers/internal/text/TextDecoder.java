package org.vigie.corpus.importers.internal.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns the bytes of a text file into NFC text: a BOM decides when there is one, otherwise strict
 * UTF-8, then windows-1252, then ISO-8859-1 (which never fails). A file of UTF-8 with a few lines
 * that are not (a Latin-1 paste) is repaired line by line: those lines are read as UTF-8 where
 * their bytes are, and as windows-1252 elsewhere, and named. Line ends become {@code \n};
 * typographic apostrophes and non-breaking spaces are kept as they are.
 * <p>
 * Whole at about 170 lines: judging whether bytes are text and decoding them follow the same
 * charset order (BOM, strict UTF-8, windows-1252) on the same strict decoder; apart, each would
 * repeat it. The repair of mixed lines byte by byte is {@link MixedUtf8}'s.
 */
public final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The text, the charset it was read with, and the lines (from 1) repaired as windows-1252. */
    public record Decoded(String text, Charset charset, List<Integer> repairedLines) {
        Decoded(String text, Charset charset) {
            this(text, charset, List.of());
        }

        /** A note naming the repaired lines (at most ten), or {@code null}. */
        public String repairNote() {
            if (repairedLines.isEmpty()) {
                return null;
            }
            String lines = repairedLines.stream().limit(10).map(String::valueOf).collect(Collectors.joining(", "));
            return (repairedLines.size() == 1 ? "line " : "lines ") + lines
                    + (repairedLines.size() > 10 ? " and " + (repairedLines.size() - 10) + " more" : "")
                    + ": not UTF-8, read as windows-1252";
        }
    }

    public Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return finish(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return finish(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return finish(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        String utf8 = strict(bytes, bytes.length, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return finish(utf8, StandardCharsets.UTF_8);
        }
        if (MixedUtf8.hasMultiByteSequence(bytes)) {
            return repaired(bytes);
        }
        String text = strict(bytes, bytes.length, WINDOWS_1252);
        return text != null ? finish(text, WINDOWS_1252)
                : finish(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
    }

    /** The bytes as UTF-8, or {@code null} when they are not well-formed UTF-8. */
    public static String strictUtf8(byte[] bytes, int length) {
        return strict(bytes, length, StandardCharsets.UTF_8);
    }

    /** Mostly UTF-8 with some lines that are not: each such line repaired on its own. */
    private static Decoded repaired(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        List<Integer> repairedLines = new ArrayList<>();
        int number = 0;
        for (int start = 0; start <= bytes.length; number++) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            String line = strict(Arrays.copyOfRange(bytes, start, end), end - start, StandardCharsets.UTF_8);
            if (line == null) {
                line = MixedUtf8.decode(bytes, start, end);
                repairedLines.add(number + 1);
            }
            text.append(line);
            if (end < bytes.length) {
                text.append('\n');
            }
            start = end + 1;
        }
        Decoded decoded = finish(text.toString(), StandardCharsets.UTF_8);
        return new Decoded(decoded.text(), StandardCharsets.UTF_8, List.copyOf(repairedLines));
    }

    /**
     * Whether the first bytes of a file read as text: a BOM, or no NUL byte, decodable (a
     * multi-byte sequence cut at the end of the head is allowed) and almost no control characters.
     */
    public boolean looksLikeText(byte[] head) {
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
