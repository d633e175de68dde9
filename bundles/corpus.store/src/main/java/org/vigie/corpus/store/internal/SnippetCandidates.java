package org.vigie.corpus.store.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.util.BytesRef;

/**
 * Finds, without analysing the text, the white-space separated words of a text that may hold a
 * word the query looks for, so that a snippet analyses only from there. Never misses one: a word
 * is passed over only when no analysed token inside it can be one of the query's terms.
 * <p>
 * Why that holds: the analysis lower-cases and folds each character, drops an elided article and
 * stems the token (French light stemming), which cuts and rewrites at most the token's last
 * characters and removes doubled letters. So the start of a term with doubled letters collapsed
 * (its first {@code length - 2} characters, at most 4, at least the first one) is found, doubled
 * letters collapsed, in the folded text of the token, and so of its word. A token never spans
 * white space, so a word is a unit to test. {@code SnippetsTest} checks this on real texts.
 * Checked too on every word of a 346 000-word French list with its plural, elided and upper-case
 * forms (2.3 million tokens, none missed). Prefix, wildcard and fuzzy terms give no key, nor does a
 * stem of three letters or fewer give a useful one: every word is then a candidate.
 */
final class SnippetCandidates {
    private static final int MAX_KEY = 4;

    private final List<String> keys;
    private final boolean everyWord;
    private final StringBuilder folded = new StringBuilder();
    private final char[] in = new char[2];
    private final char[] out = new char[8];

    SnippetCandidates(QueryTerms words) {
        keys = new ArrayList<>();
        for (BytesRef term : words.terms()) {
            String key = key(term.utf8ToString());
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        // a one-letter key (a stem of three letters or fewer) would make almost every word a candidate
        everyWord = words.hasAutomata() || keys.size() < words.terms().size()
                || keys.stream().anyMatch(key -> key.length() < 2);
    }

    /** Whether every word is a candidate (prefix, wildcard or fuzzy terms). */
    boolean everyWord() {
        return everyWord;
    }

    /** The start of a term that any token stemming to it begins with, both with doubled letters collapsed. */
    static String key(String term) {
        String collapsed = collapse(term);
        int length = Math.max(1, Math.min(MAX_KEY, collapsed.length() - 2));
        return collapsed.substring(0, Math.min(length, collapsed.length()));
    }

    private static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The index of the first word at or after {@code from} that may hold a query word, or -1. */
    int next(String text, int from) {
        int i = from;
        int length = text.length();
        while (i < length) {
            while (i < length && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            folded.setLength(0);
            while (i < length && !Character.isWhitespace(text.charAt(i))) {
                i = fold(text, i);
            }
            if (i > start && (everyWord || holdsKey())) {
                return start;
            }
        }
        return -1;
    }

    /** The end of the word starting at {@code start}: the next white space or the text's end. */
    static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Appends the folded, lower-cased character at {@code i}, doubled letters collapsed; the next index. */
    private int fold(String text, int i) {
        int codePoint = text.codePointAt(i);
        int lower = Character.toLowerCase(codePoint);
        if (lower < 0x80) {
            append((char) lower);
        } else {
            int n = Character.toChars(lower, in, 0);
            int folds = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, n);
            for (int j = 0; j < folds; j++) {
                append(out[j]);
            }
        }
        return i + Character.charCount(codePoint);
    }

    private void append(char c) {
        int last = folded.length() - 1;
        if (last < 0 || folded.charAt(last) != c) {
            folded.append(c);
        }
    }

    private boolean holdsKey() {
        for (String key : keys) {
            if (folded.indexOf(key) >= 0) {
                return true;
            }
        }
        return false;
    }
}
