package org.vigie.corpus.store.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.vigie.corpus.api.copies.Copy;
import org.vigie.corpus.api.copies.CopyCluster;
import org.vigie.lucene.copies.CopyIndex;
import org.vigie.lucene.copies.CopySignature;

/**
 * The store's clusters of copies. Each document's {@link CopySignature} is stored with it (a
 * binary doc value, in the same commit), so the clusters follow additions and removals and
 * survive restarts. The in-memory {@link CopyIndex} is built from those signatures at the first
 * read, not at start-up, and kept up to date after each change once built.
 */
final class StoredCopies {
    private final CorpusIndex index;
    private final double threshold;
    private CopyIndex copies;

    StoredCopies(CorpusIndex index, double threshold) {
        this.index = index;
        this.threshold = threshold;
    }

    synchronized void added(List<String> ids, Map<String, CopySignature> signatures) {
        if (copies != null) {
            ids.forEach(id -> copies.add(id, signatures.get(id)));
        }
    }

    synchronized void removed(List<String> ids) {
        if (copies != null) {
            copies.remove(ids);
        }
    }

    /** Drops the clusters: the next read builds them again from the stored signatures. */
    synchronized void reload() {
        copies = null;
    }

    double threshold() {
        return threshold;
    }

    List<CopyCluster> clusters() {
        List<List<CopyIndex.Member>> found = copies().clusters();
        return index.read(searcher -> {
            List<CopyCluster> clusters = new ArrayList<>(found.size());
            StoredFields fields = searcher.storedFields();
            for (List<CopyIndex.Member> members : found) {
                cluster(searcher, fields, members).ifPresent(clusters::add);
            }
            return clusters;
        });
    }

    Optional<CopyCluster> clusterOf(String id) {
        return copies().clusterOf(id).flatMap(members -> index.read(searcher ->
                cluster(searcher, searcher.storedFields(), members)));
    }

    /** The cluster with its documents' summaries; empty if a removal since left fewer than two. */
    private static Optional<CopyCluster> cluster(IndexSearcher searcher, StoredFields fields,
            List<CopyIndex.Member> members) throws IOException {
        List<Copy> found = new ArrayList<>(members.size());
        for (CopyIndex.Member member : members) {
            int doc = CorpusIndex.docOf(searcher, member.id());
            if (doc >= 0) {
                found.add(new Copy(StoredDocuments.summary(fields, doc), member.similarity()));
            }
        }
        return found.size() < 2 ? Optional.empty() : Optional.of(new CopyCluster(found.get(0), found.subList(1, found.size())));
    }

    private synchronized CopyIndex copies() {
        if (copies == null) {
            copies = index.read(this::load);
        }
        return copies;
    }

    /** A stored signature, with its import sequence number. */
    private record Stored(long seq, String id, CopySignature signature) {
    }

    private CopyIndex load(IndexSearcher searcher) throws IOException {
        List<Stored> stored = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            BinaryDocValues signatures = leaf.reader().getBinaryDocValues(CorpusFields.COPY_SIGNATURE);
            SortedDocValues ids = leaf.reader().getSortedDocValues(CorpusFields.ID);
            NumericDocValues seqs = leaf.reader().getNumericDocValues(CorpusFields.SEQ);
            Bits live = leaf.reader().getLiveDocs();
            if (signatures == null || ids == null || seqs == null) {
                continue;
            }
            for (int doc = signatures.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = signatures.nextDoc()) {
                if ((live == null || live.get(doc)) && ids.advanceExact(doc) && seqs.advanceExact(doc)) {
                    BytesRef bytes = signatures.binaryValue();
                    stored.add(new Stored(seqs.longValue(), ids.lookupOrd(ids.ordValue()).utf8ToString(),
                            CopySignature.read(bytes.bytes, bytes.offset, bytes.length)));
                }
            }
        }
        stored.sort(Comparator.comparingLong(Stored::seq)); // merged segments need not keep import order
        CopyIndex loaded = new CopyIndex(threshold);
        stored.forEach(s -> loaded.add(s.id(), s.signature()));
        return loaded;
    }
}
