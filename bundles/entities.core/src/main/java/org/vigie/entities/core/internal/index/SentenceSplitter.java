package org.vigie.entities.core.internal.index;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.vigie.entities.api.Span;

/**
 * Splits a French text into sentences: every line break ends one (a news title has no final
 * stop, and must not run into the first sentence of the body), and inside a line the JDK's French
 * sentence rules apply, joining back the breaks they make after abbreviations and initials
 * ({@code M. Dupont}, {@code Mme. X}, {@code T. Lâm}, {@code art. 3}), which end no sentence.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr",
            "me", "mgr", "st", "ste", "gén", "gal", "col", "cdt", "lt", "cap", "sgt", "art", "av", "bd", "no", "n°",
            "p", "pp", "vol", "chap", "éd", "coll", "env", "ex", "fig", "réf", "tél", "vs", "cf", "etc", "jr", "sr");

    /** Cloned for each text: a break iterator holds the text it walks, so it cannot be shared by threads. */
    private final BreakIterator prototype = BreakIterator.getSentenceInstance(Locale.FRENCH);

    /** (begin, end) pairs of the sentences found so far. */
    private static final class Bounds {
        private int[] pairs = new int[32];
        private int size;

        void add(int begin, int end) {
            if (size + 2 > pairs.length) {
                pairs = Arrays.copyOf(pairs, pairs.length * 2);
            }
            pairs[size++] = begin;
            pairs[size++] = end;
        }
    }

    /** The sentences of {@code text}, in order, trimmed of surrounding white space; none spans a line break. */
    Span[] split(String text) {
        BreakIterator breaks = (BreakIterator) prototype.clone();
        Bounds bounds = new Bounds();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isLineBreak(text.charAt(i))) {
                if (!isBlank(text, lineStart, i)) {
                    splitLine(text, lineStart, i, breaks, bounds);
                }
                lineStart = i + 1;
            }
        }
        Span[] sentences = new Span[bounds.size / 2];
        for (int i = 0; i < sentences.length; i++) {
            sentences[i] = trimmed(text, bounds.pairs[2 * i], bounds.pairs[2 * i + 1]);
        }
        return sentences;
    }

    /** The sentences of one line (a title without a final stop is one). */
    private static void splitLine(String text, int lineStart, int lineEnd, BreakIterator breaks, Bounds bounds) {
        breaks.setText(new StringCharacterIterator(text, lineStart, lineEnd, lineStart));
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (end < lineEnd && endsWithAbbreviation(text, start, end, lineEnd)) {
                continue;
            }
            bounds.add(start, end);
            start = end;
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000b' || c == '\u000c'
                || c == '\u0085';
    }

    private static boolean isBlank(String text, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /** The index of the sentence holding {@code offset}. */
    static int sentenceAt(Span[] sentences, int offset) {
        int low = 0;
        int high = sentences.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (sentences[mid].begin() <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private static boolean endsWithAbbreviation(String text, int start, int end, int lineEnd) {
        int last = end - 1;
        while (last > start && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        if (text.charAt(last) != '.') {
            return false;
        }
        int wordStart = last;
        while (wordStart > start && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, last);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: T. Lâm, J.-C.
        }
        return !word.isEmpty() && ABBREVIATIONS.contains(word.toLowerCase(Locale.FRENCH)) && !"etc".equals(word)
                || "etc".equals(word) && nextStartsLowerCase(text, end, lineEnd);
    }

    private static boolean nextStartsLowerCase(String text, int from, int lineEnd) {
        for (int i = from; i < lineEnd; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return Character.isLowerCase(text.charAt(i));
            }
        }
        return false;
    }

    private static Span trimmed(String text, int begin, int end) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(begin, end);
    }
}
