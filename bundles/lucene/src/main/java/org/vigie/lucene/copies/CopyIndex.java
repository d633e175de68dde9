package org.vigie.lucene.copies;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signed documents in memory, with their {@link BandTable} and, once asked for, their
 * {@link CopyClusters}, computed again after a change. Built from the signatures the store keeps
 * with its documents, so it holds no state of its own that a restart could lose.
 */
public final class CopyIndex {

    /** A document of a cluster and its estimated similarity to the cluster's original (1 for the original). */
    public record Member(String id, double similarity) {
    }

    private final double threshold;
    private final List<String> ids = new ArrayList<>();
    private final List<CopySignature> signatures = new ArrayList<>();
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final BitSet live = new BitSet();
    private final BandTable bands = new BandTable();
    private List<List<Member>> clusters;
    private Map<String, Integer> clusterOf;

    /** @param threshold the least estimated Jaccard similarity of two copies */
    public CopyIndex(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the copy threshold must be in (0, 1], not " + threshold);
        }
        this.threshold = threshold;
    }

    /**
     * Adds a signed document, in import order (of two copies published the same day, or undated,
     * the one imported first is the original); a document already there is left as it is.
     */
    public synchronized void add(String id, CopySignature signature) {
        if (signature == null || ordinals.containsKey(id)) {
            return;
        }
        int ordinal = ids.size();
        ids.add(id);
        signatures.add(signature);
        ordinals.put(id, ordinal);
        live.set(ordinal);
        bands.add(ordinal, signature);
        clusters = null;
    }

    public synchronized void remove(Collection<String> removed) {
        for (String id : removed) {
            Integer ordinal = ordinals.remove(id);
            if (ordinal != null) {
                live.clear(ordinal);
                clusters = null;
            }
        }
    }

    /** Every cluster of two or more documents, original first, clusters by their original's date. */
    public synchronized List<List<Member>> clusters() {
        if (clusters == null) {
            Comparator<Integer> originalFirst = Comparator.<Integer>comparingInt(o -> signatures.get(o).publishedDay())
                    .thenComparing(Comparator.naturalOrder());
            List<List<Member>> found = new ArrayList<>();
            Map<String, Integer> index = new HashMap<>();
            for (int[] cluster : CopyClusters.of(signatures, live, bands, threshold, originalFirst)) {
                List<Member> members = new ArrayList<>(cluster.length);
                CopySignature original = signatures.get(cluster[0]);
                for (int ordinal : cluster) {
                    members.add(new Member(ids.get(ordinal), original.similarity(signatures.get(ordinal))));
                    index.put(ids.get(ordinal), found.size());
                }
                found.add(List.copyOf(members));
            }
            clusters = List.copyOf(found);
            clusterOf = index;
        }
        return clusters;
    }

    /** The cluster holding the document, when it has copies. */
    public synchronized Optional<List<Member>> clusterOf(String id) {
        List<List<Member>> all = clusters();
        Integer found = clusterOf.get(id);
        return found == null ? Optional.empty() : Optional.of(all.get(found));
    }

    public synchronized int size() {
        return ordinals.size();
    }
}
