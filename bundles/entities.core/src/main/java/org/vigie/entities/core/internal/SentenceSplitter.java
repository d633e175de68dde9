package org.vigie.entities.core.internal;

import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.vigie.entities.api.Span;

/**
 * Splits a French text into sentences with the JDK's French sentence rules, then joins back the
 * breaks the JDK makes after abbreviations and initials ({@code M. Dupont}, {@code Mme. X},
 * {@code T. Lâm}, {@code art. 3}), which end no sentence.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr",
            "me", "mgr", "st", "ste", "gén", "gal", "col", "cdt", "lt", "cap", "sgt", "art", "av", "bd", "no", "n°",
            "p", "pp", "vol", "chap", "éd", "coll", "env", "ex", "fig", "réf", "tél", "vs", "cf", "etc", "jr", "sr");

    /** Cloned for each text: a break iterator holds the text it walks, so it cannot be shared by threads. */
    private final BreakIterator prototype = BreakIterator.getSentenceInstance(Locale.FRENCH);

    /** The sentences of {@code text}, in order, trimmed of surrounding white space. */
    Span[] split(String text) {
        BreakIterator breaks = (BreakIterator) prototype.clone();
        breaks.setText(text);
        int[] starts = new int[16];
        int n = 0;
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (end < text.length() && endsWithAbbreviation(text, start, end)) {
                continue;
            }
            if (n + 2 > starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            starts[n++] = start;
            starts[n++] = end;
            start = end;
        }
        Span[] sentences = new Span[n / 2];
        for (int i = 0; i < sentences.length; i++) {
            sentences[i] = trimmed(text, starts[2 * i], starts[2 * i + 1]);
        }
        return sentences;
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

    private static boolean endsWithAbbreviation(String text, int start, int end) {
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
                || "etc".equals(word) && nextStartsLowerCase(text, end);
    }

    private static boolean nextStartsLowerCase(String text, int from) {
        for (int i = from; i < text.length(); i++) {
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
