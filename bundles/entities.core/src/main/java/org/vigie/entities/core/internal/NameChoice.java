package org.vigie.entities.core.internal;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

import org.vigie.entities.api.NameKey;

/**
 * Picks the canonical name among spellings that fold to one key: the most accented form
 * ({@code Lương} over {@code Luong}), then the fullest (longest), then the most frequent, then
 * the first in alphabetical order.
 */
final class NameChoice {

    private NameChoice() {
    }

    /** The canonical name among {@code spellings} (spelling to how often it was seen). */
    static String fullest(Map<String, Integer> spellings) {
        if (spellings.size() == 1) {
            return spellings.keySet().iterator().next();
        }
        return spellings.entrySet().stream().max(Comparator
                .comparingInt((Map.Entry<String, Integer> e) -> accents(e.getKey()))
                .thenComparingInt(e -> e.getKey().length())
                .thenComparingInt(Map.Entry::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElseThrow();
    }

    /** How many letters folding changes other than by case (accents, đ). */
    static int accents(String name) {
        int count = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c > 0x7f && Character.isLetter(c)
                    && !NameKey.fold(String.valueOf(c)).equals(String.valueOf(c).toLowerCase(Locale.ROOT))) {
                count++;
            }
        }
        return count;
    }
}
