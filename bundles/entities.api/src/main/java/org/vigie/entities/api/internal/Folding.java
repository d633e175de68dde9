package org.vigie.entities.api.internal;

import java.text.Normalizer;

/**
 * {@link org.vigie.entities.api.NameKey#fold} by its definition, through the Unicode normalizer:
 * NFKD, combining marks dropped, {@code đ/Đ} to {@code d}, lower case, typographic apostrophes
 * and dashes to ASCII, runs of white space to one space. {@link LatinFold} is the quick way for
 * the Latin scripts, built from this definition. Not exported: the API is {@code NameKey}.
 */
public final class Folding {

    private Folding() {
    }

    /** The fold of {@code s} as defined above. */
    public static String normalized(String s) {
        if (!isAscii(s)) { // ASCII text is its own NFKD form, with no marks to drop
            s = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFKD);
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || Character.getType(c) == Character.ENCLOSING_MARK) {
                continue;
            }
            switch (c) {
                case '\u2019', '\u2018', '\u02bc' -> c = '\'';
                case '\u2013', '\u2014' -> c = '-';
                default -> { }
            }
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /** Whether every char of {@code s} is ASCII. */
    public static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
