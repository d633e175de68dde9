package org.vigie.entities.core.internal.resolution;

import java.util.Comparator;
import java.util.Map;

import org.vigie.entities.api.NameKey;

/**
 * Picks the canonical name among spellings that fold to one key: the most accented form
 * ({@link NameKey#accents}: {@code Lương} over {@code Luong}, a decomposed {@code ơ} counting
 * too), then the fullest (longest), then the most frequent, then the
 * first in alphabetical order. The same rule names an entity inside a document and across the corpus.
 */
public final class NameChoice {

    private static final Comparator<Map.Entry<String, Integer>> BEST_FIRST = Comparator
            .comparingInt((Map.Entry<String, Integer> e) -> NameKey.accents(e.getKey()))
            .thenComparingInt(e -> e.getKey().length())
            .thenComparingInt(Map.Entry::getValue)
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())
            .reversed();

    private NameChoice() {
    }

    /**
     * The name of entity {@code key} among its documents' spellings: of those spelling the name its
     * key was made from ({@code TYPE:folded name}, the name most documents use when the text
     * declared several names one thing), the {@link #fullest}; of all of them when none does.
     */
    public static String of(String key, Map<String, Integer> spellings) {
        int colon = key.indexOf(':');
        int hash = key.indexOf('#', colon);
        String folded = key.substring(colon + 1, hash < 0 ? key.length() : hash);
        Map<String, Integer> own = new java.util.HashMap<>();
        spellings.forEach((name, count) -> {
            if (NameKey.fold(name).equals(folded)) {
                own.put(name, count);
            }
        });
        return fullest(own.isEmpty() || own.size() == spellings.size() ? spellings : own);
    }

    /** The canonical name among {@code spellings} (spelling to how often it was seen). */
    public static String fullest(Map<String, Integer> spellings) {
        if (spellings.size() == 1) {
            return spellings.keySet().iterator().next();
        }
        return spellings.entrySet().stream().min(BEST_FIRST).map(Map.Entry::getKey).orElseThrow();
    }
}
