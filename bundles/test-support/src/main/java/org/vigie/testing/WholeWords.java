package org.vigie.testing;

import java.util.Arrays;

/**
 * Marks found in a text by the tests' stand-in extractors and taggers: a match counts when it is
 * a whole word (no letter or digit on either side) and overlaps no earlier, longer match.
 */
public final class WholeWords {

    private final String text;
    private final boolean[] taken;

    public WholeWords(String text) {
        this.text = text;
        this.taken = new boolean[text.length()];
    }

    /**
     * Takes {@code [begin, end)} when it is a whole word that overlaps nothing taken before.
     *
     * @return whether it was taken
     */
    public boolean take(int begin, int end) {
        if (!isWholeWord(begin, end) || !isFree(begin, end)) {
            return false;
        }
        Arrays.fill(taken, begin, end, true);
        return true;
    }

    /** Takes {@code [begin, end)} when it overlaps nothing taken before, whole word or not. */
    public boolean takeAnywhere(int begin, int end) {
        if (!isFree(begin, end)) {
            return false;
        }
        Arrays.fill(taken, begin, end, true);
        return true;
    }

    private boolean isWholeWord(int begin, int end) {
        return (begin == 0 || !Character.isLetterOrDigit(text.charAt(begin - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    private boolean isFree(int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
