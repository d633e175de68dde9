package org.vigie.corpus.importers.internal.text;

/**
 * Bytes that are UTF-8 in places and windows-1252 elsewhere (a Latin-1 paste into a UTF-8 file):
 * every well-formed UTF-8 sequence is read as UTF-8, every other byte as windows-1252.
 */
public final class MixedUtf8 {

    private static final String WINDOWS_1252_HIGH = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030"
            + "\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014"
            + "\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private MixedUtf8() {
    }

    /** Whether the bytes hold at least one well-formed multi-byte UTF-8 sequence. */
    static boolean hasMultiByteSequence(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] < 0 && sequence(bytes, i, bytes.length) > 1) {
                return true;
            }
        }
        return false;
    }

    public static String decode(byte[] bytes, int start, int end) {
        StringBuilder text = new StringBuilder(end - start);
        int i = start;
        while (i < end) {
            int length = bytes[i] >= 0 ? 1 : sequence(bytes, i, end);
            if (length > 1) {
                text.append(new String(bytes, i, length, java.nio.charset.StandardCharsets.UTF_8));
            } else {
                text.append(windows1252(bytes[i] & 0xFF));
                length = 1;
            }
            i += length;
        }
        return text.toString();
    }

    private static char windows1252(int b) {
        return b >= 0x80 && b < 0xA0 ? WINDOWS_1252_HIGH.charAt(b - 0x80) : (char) b;
    }

    /** The length of the well-formed UTF-8 sequence at {@code i} (2 to 4), or 0 when there is none. */
    static int sequence(byte[] bytes, int i, int end) {
        int lead = bytes[i] & 0xFF;
        int length;
        int low = 0x80, high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + length > end) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            int b = bytes[i + k] & 0xFF;
            if (b < (k == 1 ? low : 0x80) || b > (k == 1 ? high : 0xBF)) {
                return 0;
            }
        }
        return length;
    }
}
