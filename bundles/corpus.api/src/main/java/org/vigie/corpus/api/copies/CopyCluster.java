package org.vigie.corpus.api.copies;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Documents that are copies of one dispatch.
 *
 * @param original the earliest published document (on a tie or unknown dates, the first imported)
 * @param copies the others, original excluded, in the order of their publication; never empty
 */
public record CopyCluster(Copy original, List<Copy> copies) {

    public CopyCluster {
        Objects.requireNonNull(original, "original");
        copies = List.copyOf(copies);
        if (copies.isEmpty()) {
            throw new IllegalArgumentException("a cluster has at least one copy besides its original");
        }
    }

    /** The original, then its copies. */
    public List<Copy> members() {
        List<Copy> all = new ArrayList<>(copies.size() + 1);
        all.add(original);
        all.addAll(copies);
        return List.copyOf(all);
    }

    /** Whether the document (by full id) is the original or one of its copies. */
    public boolean contains(String id) {
        return original.id().equals(id) || copies.stream().anyMatch(c -> c.id().equals(id));
    }

    /** Number of documents, original included. */
    public int size() {
        return copies.size() + 1;
    }
}
