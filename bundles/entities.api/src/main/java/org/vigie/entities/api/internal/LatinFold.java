package org.vigie.entities.api.internal;

import java.util.Arrays;

/**
 * {@link org.vigie.entities.api.NameKey#fold} char by char through tables for the Latin
 * scripts (Vietnamese included), which is what most names are written in: the fold of every
 * char below the superscripts block, computed once by {@link Folding#normalized} itself, so
 * both always agree. A text with another
 * char, or spaces the tables cannot settle alone (leading, trailing, doubled, or other than
 * U+0020), is left to {@code normalized}. It spares the Unicode normalizer on nearly every word:
 * extractors fold every token.
 */
public final class LatinFold {

    private LatinFold() {
    }

    /** The fold of {@code s}, or null when it needs {@link Folding#normalized}. */
    public static String fold(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char f = c < SAME.length ? SAME[c] : 0;
            if (f != c) {
                return foldFrom(s, i);
            }
        }
        return s;
    }

    /**
     * {@link #fold} of a text whose chars before {@code from} fold to themselves, into a char
     * array: most chars fold to one char ({@link #FOLDED_CHAR}), a few to several ({@code œ}).
     */
    private static String foldFrom(String s, int from) {
        int n = s.length();
        char[] out = null;
        int k = 0;
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            String f = c < FOLDED.length ? FOLDED[c] : null;
            if (c == ' ' && (i == 0 || s.charAt(i - 1) == ' ' || i == n - 1) || f == null) {
                return null;
            }
            char one = FOLDED_CHAR[c];
            if (out == null && one != c) {
                out = new char[n + 8];
                s.getChars(0, i, out, 0);
                k = i;
            }
            if (out == null) {
                continue;
            }
            if (k + f.length() > out.length) {
                out = Arrays.copyOf(out, out.length * 2 + f.length());
            }
            if (one != 0) {
                out[k++] = one;
            } else {
                f.getChars(0, f.length(), out, k);
                k += f.length();
            }
        }
        return out == null ? s : new String(out, 0, k);
    }

    /** Up to the General Punctuation block, for the typographic apostrophe, dashes and quotes of French text. */
    private static final String[] FOLDED = foldTable(0x2070);
    /** Per char, itself when it folds to itself and is not a space, else another char: the quick test of {@link #fold}. */
    private static final char[] SAME = sameTable(FOLDED);
    /** Per char, the one char it folds to, or 0 when it folds to none or to several. */
    private static final char[] FOLDED_CHAR = foldedCharTable(FOLDED);

    private static char[] foldedCharTable(String[] folded) {
        char[] one = new char[folded.length];
        for (char c = 1; c < folded.length; c++) {
            String f = folded[c];
            one[c] = f != null && f.length() == 1 ? f.charAt(0) : 0;
        }
        return one;
    }

    private static char[] sameTable(String[] folded) {
        char[] same = new char[folded.length];
        same[0] = 1;
        for (char c = 1; c < folded.length; c++) {
            String f = folded[c];
            same[c] = c != ' ' && f != null && f.length() == 1 && f.charAt(0) == c ? c : 0;
        }
        return same;
    }

    private static String[] foldTable(int size) {
        String[] table = new String[size];
        for (char c = 0; c < size; c++) {
            boolean space = Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f' || Character.isISOControl(c);
            table[c] = c == ' ' ? " " : space ? null : Folding.normalized(String.valueOf(c));
            if (table[c] != null && !Folding.normalized("a" + c + "b").equals("a" + table[c] + "b")) {
                // a space inside its decomposition (U+2007, a spacing accent such as U+00A8): only the
                // full rule knows what it does between words
                table[c] = null;
            }
            if (table[c] != null && table[c].isEmpty()) {
                table[c] = null; // a combining mark: whether a space beside it stays depends on the whole text
            }
        }
        return table;
    }
}
