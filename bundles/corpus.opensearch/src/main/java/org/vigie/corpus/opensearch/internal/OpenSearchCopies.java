package org.vigie.corpus.opensearch.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vigie.corpus.api.DocumentSummary;
import org.vigie.corpus.api.copies.Copy;
import org.vigie.corpus.api.copies.CopyCluster;
import org.vigie.lucene.copies.CopyIndex;
import org.vigie.lucene.copies.CopySignature;

/**
 * The syndicated copies of the store on a cluster, found as the embedded store finds them: each
 * document's {@link CopySignature} is kept in its source ({@code copy_signature}, written by the
 * same {@code _bulk} as the document), and the in-memory {@link CopyIndex} is built from them at
 * the first read, in import order, then kept up to date by this store's own adds and removals.
 * The index remembers the revision version it agrees with; a write by another Vigie on the same
 * indices moves the version past what this one expects, and the next read builds it again.
 */
final class OpenSearchCopies {
    /** Documents per {@code _mget} of the clusters' summaries. */
    private static final int PAGE = 1_000;

    private final CorpusIndexes indexes;
    private final ImportOrder order;
    private final DocumentLookup lookup;
    private final double threshold;
    private CopyIndex copies;
    private long version = -1;

    OpenSearchCopies(CorpusIndexes indexes, ImportOrder order, DocumentLookup lookup, double threshold) {
        this.indexes = indexes;
        this.order = order;
        this.lookup = lookup;
        this.threshold = threshold;
        new CopyIndex(threshold); // a bad threshold fails at activation, not at the first read
    }

    double threshold() {
        return threshold;
    }

    /**
     * A write of this store moved the revision from {@code before - 1} to {@code after} (one step
     * before it, one after when it changed something): kept up to date if nobody else wrote meanwhile.
     */
    synchronized void changed(long before, long after, List<String> added, Map<String, CopySignature> signatures,
            List<String> removed) {
        if (copies == null || version != before - 1 || after - before > 1) {
            copies = null;
            return;
        }
        added.forEach(id -> copies.add(id, signatures.get(id))); // in import order: the first imported is the original
        copies.remove(removed);
        version = after;
    }

    List<CopyCluster> clusters() {
        List<List<CopyIndex.Member>> found = copies().clusters();
        List<String> ids = found.stream().flatMap(List::stream).map(CopyIndex.Member::id).toList();
        Map<String, DocumentSummary> summaries = new HashMap<>();
        for (int from = 0; from < ids.size(); from += PAGE) {
            summaries.putAll(lookup.summaries(indexes.corpus(), ids.subList(from, Math.min(ids.size(), from + PAGE))));
        }
        List<CopyCluster> clusters = new ArrayList<>(found.size());
        found.forEach(members -> cluster(members, summaries).ifPresent(clusters::add));
        return clusters;
    }

    Optional<CopyCluster> clusterOf(String id) {
        return copies().clusterOf(id).flatMap(members -> cluster(members,
                lookup.summaries(indexes.corpus(), members.stream().map(CopyIndex.Member::id).toList())));
    }

    /** The cluster with its documents' summaries; empty if a removal since left fewer than two. */
    private static Optional<CopyCluster> cluster(List<CopyIndex.Member> members, Map<String, DocumentSummary> summaries) {
        List<Copy> found = new ArrayList<>(members.size());
        for (CopyIndex.Member member : members) {
            DocumentSummary summary = summaries.get(member.id());
            if (summary != null) {
                found.add(new Copy(summary, member.similarity()));
            }
        }
        return found.size() < 2 ? Optional.empty() : Optional.of(new CopyCluster(found.get(0), found.subList(1, found.size())));
    }

    private synchronized CopyIndex copies() {
        long current = indexes.version();
        if (copies == null || current != version) {
            CopyIndex loaded = new CopyIndex(threshold);
            order.signatures(indexes.corpus(), (id, signature) -> loaded.add(id, DocumentSource.signature(id, signature)));
            copies = loaded;
            version = current;
        }
        return copies;
    }
}
