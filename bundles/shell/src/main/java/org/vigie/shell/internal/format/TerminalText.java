package org.vigie.shell.internal.format;

/**
 * What the shell prints of names and texts it did not write itself (file names, titles, entity
 * names, document text, messages quoting them), made safe for a terminal: a control character
 * (C0, DEL, C1, hence every escape sequence's ESC and CSI), a bidirectional override
 * (U+202A-U+202E, U+2066-U+2069) or a line separator (U+2028, U+2029) can neither move the
 * cursor, recolour the screen, reorder what follows nor forge an output line.
 * <ul>
 * <li>{@link #line}: one line; such characters are shown escaped ({@code \n}, {@code \x1b},
 * a bidi override by its code point), so a file name holding a newline stays one recognisable line.</li>
 * <li>{@link #block}: a text body meant to span lines; newlines and tabs are kept, the rest of
 * those characters dropped.</li>
 * </ul>
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** {@code value} as one line, every unsafe character escaped; {@code null} stays {@code "null"}. */
    public static String line(Object value) {
        String text = String.valueOf(value);
        if (isSafe(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                out.append(escaped(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A text body: newlines and tabs kept ({@code \r\n} and line separators become {@code \n}), other unsafe characters dropped. */
    public static String block(String text) {
        if (text == null || isSafe(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t' || c == '\u2028' || c == '\u2029') {
                out.append(c == '\t' ? '\t' : '\n');
            } else if (c == '\r') {
                out.append(i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "" : "\n");
            } else if (!isUnsafe(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether a terminal could take {@code c} for anything but a visible character. */
    public static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029';
    }

    private static boolean isSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String escaped(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> c <= 0xff ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c);
        };
    }
}
