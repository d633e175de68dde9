package org.vigie.lucene.copies;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The 5-word shingles of a text, as 64-bit hashes: words are runs of letters and digits, folded
 * (lower case, no diacritics) so that a copy re-typed with or without accents still matches.
 * Hashing on the fly, without making a string per word, keeps it cheap enough to run on every
 * imported document.
 */
final class WordShingles {
    static final int WORDS = 5;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L, FNV_PRIME = 0x100000001b3L;
    private static final long SHINGLE_PRIME = 0x9E3779B97F4A7C15L;
    private static final char[] FOLD = foldTable(0x250);

    private WordShingles() {
    }

    /** The shingle hashes in text order (repeats included); empty when the text has fewer than 5 words. */
    static long[] of(String text) {
        long[] words = new long[16];
        int count = 0;
        long hash = FNV_OFFSET;
        boolean inWord = false;
        for (int i = 0, n = text.length(); i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                hash = (hash ^ fold(c)) * FNV_PRIME;
                inWord = true;
            } else if (inWord) {
                if (count == words.length) {
                    words = Arrays.copyOf(words, count * 2);
                }
                words[count++] = hash;
                hash = FNV_OFFSET;
                inWord = false;
            }
        }
        return shingles(words, count);
    }

    private static long[] shingles(long[] words, int count) {
        if (count < WORDS) {
            return new long[0];
        }
        long[] shingles = new long[count - WORDS + 1];
        for (int i = 0; i < shingles.length; i++) {
            long h = 0;
            for (int w = i; w < i + WORDS; w++) {
                h = h * SHINGLE_PRIME + words[w];
            }
            shingles[i] = h;
        }
        return shingles;
    }

    static char fold(char c) {
        return c < FOLD.length ? FOLD[c] : Character.toLowerCase(c);
    }

    private static char[] foldTable(int size) {
        char[] table = new char[size];
        for (char c = 0; c < size; c++) {
            String bare = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = bare.isEmpty() ? c : bare.charAt(0);
            table[c] = Character.toLowerCase(Character.isLetterOrDigit(base) ? base : c);
        }
        return table;
    }
}
