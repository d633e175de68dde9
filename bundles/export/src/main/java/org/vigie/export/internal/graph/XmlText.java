package org.vigie.export.internal.graph;

/**
 * Text as XML 1.0 carries it. XML 1.0 forbids most control characters, even escaped, and a
 * reader turns a tab, CR or LF inside an attribute value into a space: a value is written as
 * one line, so what a reader reads back is exactly what was written.
 */
final class XmlText {

    private XmlText() {
    }

    /**
     * The text without the characters XML 1.0 forbids (controls other than tab, CR and LF,
     * unpaired surrogates, U+FFFE, U+FFFF); tab, CR and LF become spaces.
     */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\t' || c == '\n' || c == '\r') {
                out.append(' ');
            } else if (allowed(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static boolean allowed(int c) {
        return c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }

    /**
     * A node id (an XML NMTOKEN, as GraphML wants) made from a Vigie key, one to one: ASCII
     * letters, digits, {@code .}, {@code -} and {@code :} stay, any other character becomes
     * {@code _hex_}, so {@code PERSON:jean dupont} is {@code e:PERSON:jean_20_dupont}.
     */
    static String id(String prefix, String key) {
        StringBuilder out = new StringBuilder(prefix.length() + key.length() + 8).append(prefix);
        key.codePoints().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == ':')) {
                out.append((char) c);
            } else {
                out.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return out.toString();
    }
}
