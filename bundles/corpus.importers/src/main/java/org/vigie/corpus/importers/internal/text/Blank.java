package org.vigie.corpus.importers.internal.text;

/**
 * Blank text in the Unicode sense: nothing but white space, no-break spaces (U+00A0, U+202F),
 * ideographic space (U+3000), zero-width and other invisible format characters (U+200B, U+2060,
 * U+FEFF, ...), fillers and controls. {@link String#isBlank()} misses most of them.
 */
public final class Blank {

    private Blank() {
    }

    public static boolean isBlank(String text) {
        return text == null || text.codePoints().allMatch(Blank::isInvisible);
    }

    static boolean isInvisible(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL
                || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x2800 || c == 0x3164 || c == 0xFFA0;
    }
}
