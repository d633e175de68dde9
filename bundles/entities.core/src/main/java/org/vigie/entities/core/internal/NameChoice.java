package org.vigie.entities.core.internal;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Map;

/**
 * Picks the canonical name among spellings that fold to one key: the most accented form
 * ({@code Lương} over {@code Luong}: most non-ASCII letters, counted on the composed form so a
 * decomposed {@code ơ} counts too), then the fullest (longest), then the most frequent, then the
 * first in alphabetical order. The same rule names an entity inside a document and across the corpus.
 */
final class NameChoice {

    private static final Comparator<Map.Entry<String, Integer>> BEST_FIRST = Comparator
            .comparingInt((Map.Entry<String, Integer> e) -> accents(e.getKey()))
            .thenComparingInt(e -> e.getKey().length())
            .thenComparingInt(Map.Entry::getValue)
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())
            .reversed();

    private NameChoice() {
    }

    /** The canonical name among {@code spellings} (spelling to how often it was seen). */
    static String fullest(Map<String, Integer> spellings) {
        if (spellings.size() == 1) {
            return spellings.keySet().iterator().next();
        }
        return spellings.entrySet().stream().min(BEST_FIRST).map(Map.Entry::getKey).orElseThrow();
    }

    /** How many non-ASCII letters the name has once composed: its diacritics ({@code ư}, {@code é}, {@code đ}). */
    static int accents(String name) {
        String composed = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFC);
        int count = 0;
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (c > 0x7f && Character.isLetter(c)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }
}
