package org.vigie.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.Mention;

/** The co-occurrences of {@link FakeEntityIndex}: entity pairs counted by the sentences naming both. */
final class SentencePairs {

    private SentencePairs() {
    }

    /**
     * The pairs {@code keep} accepts (by their two keys, in key order), most frequent first, then by
     * name; {@code entities} are the counted entities by key. A mention without a sentence pairs with none.
     */
    static List<CoOccurrence> of(List<Mention> mentions, Map<String, Entity> entities, Predicate<List<String>> keep,
            int limit) {
        Map<String, Set<String>> sentences = new LinkedHashMap<>();
        mentions.stream().filter(m -> m.entityKey() != null && m.sentence() != null).forEach(m -> sentences
                .computeIfAbsent(m.documentId() + ":" + m.sentence().begin(), k -> new TreeSet<>()).add(m.entityKey()));
        Map<List<String>, int[]> counts = new LinkedHashMap<>();
        for (Set<String> keys : sentences.values()) {
            List<String> list = List.copyOf(keys);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    counts.computeIfAbsent(List.of(list.get(i), list.get(j)), k -> new int[1])[0]++;
                }
            }
        }
        return counts.entrySet().stream().filter(e -> keep.test(e.getKey()))
                .map(e -> new CoOccurrence(entities.get(e.getKey().get(0)), entities.get(e.getKey().get(1)), e.getValue()[0]))
                .sorted(Comparator.comparingInt(CoOccurrence::sentences).reversed()
                        .thenComparing(c -> c.first().name() + c.second().name())).limit(limit).toList();
    }
}
