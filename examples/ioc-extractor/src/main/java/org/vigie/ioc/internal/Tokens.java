package org.vigie.ioc.internal;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runs of non-space characters of a text, found in one pass. Indicators never contain a
 * space (but for {@code user [at] host}), so each pattern runs only over the few tokens that
 * could hold its kind, not over every position of the text.
 */
final class Tokens {

    private final String text;
    private final int[] bounds;
    private final int count;

    private Tokens(String text, int[] bounds, int count) {
        this.text = text;
        this.bounds = bounds;
        this.count = count;
    }

    static Tokens of(String text) {
        int[] bounds = new int[16];
        int count = 0;
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                if (2 * count + 2 > bounds.length) {
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[2 * count] = start;
                bounds[2 * count + 1] = i;
                count++;
            }
        }
        return new Tokens(text, bounds, count);
    }

    /**
     * Runs the pattern over each token of at least {@code minLength} characters that has, before
     * its last character, one that {@code wanted} accepts (so the full stop ending a sentence does
     * not count as a dot); lookarounds see past the token.
     */
    void scan(Pattern pattern, int minLength, IntPredicate wanted, Consumer<Matcher> onMatch) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int t = 0; t < count; t++) {
            int start = bounds[2 * t];
            int end = bounds[2 * t + 1];
            if (end - start >= minLength && has(start, end, wanted)) {
                m.region(start, end);
                while (m.find()) {
                    onMatch.accept(m);
                }
            }
        }
    }

    private boolean has(int start, int end, IntPredicate wanted) {
        for (int i = start; i < end - 1; i++) {
            if (wanted.test(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0' || c == '\u202f'
                || Character.isWhitespace(c);
    }
}
