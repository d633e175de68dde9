package org.vigie.entities.french.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Read-only word lists ({@link WordSet}) and tables backed by hash tables. The rules look every
 * token up in several of them, and {@code Set.of}'s probing (a division and an {@code equals} per
 * slot visited) is slower than a masked index and a cached-hash comparison on misses, which are
 * most lookups.
 */
final class Words {

    private Words() {
    }

    static Set<String> of(String... words) {
        return new WordSet(Arrays.asList(words));
    }

    static Set<String> copyOf(Set<String> words) {
        return new WordSet(words);
    }

    static <V> Map<String, V> copyOf(Map<String, V> table) {
        return Collections.unmodifiableMap(new HashMap<>(table));
    }
}
