package org.vigie.entities.core.internal.pipeline;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the entity index and the corpus disagree: stored documents with no results, in corpus
 * order, and results whose document is gone.
 *
 * @param missing stored documents that have no results
 * @param orphans documents that have results but are not stored
 */
public record Disagreement(List<String> missing, Set<String> orphans) {

    public static Disagreement between(Collection<String> stored, Set<String> withResults) {
        List<String> missing = stored.stream().filter(id -> !withResults.contains(id)).toList();
        Set<String> orphans = new HashSet<>(withResults);
        orphans.removeAll(stored instanceof Set<?> ? stored : new HashSet<>(stored));
        return new Disagreement(missing, Set.copyOf(orphans));
    }

    public boolean none() {
        return missing.isEmpty() && orphans.isEmpty();
    }
}
