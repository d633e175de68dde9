package org.vigie.corpus.store.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.lucene.copies.CopySignature;

/**
 * Signs, in the background after the store opens, the documents stored without a copy signature
 * (by a Vigie that did not detect copies), from their stored texts, so that they are clustered too.
 * Each batch of {@value #BATCH} signatures is one commit, which keeps the store's revision: a kill
 * loses at most the batch under way, and the next open signs what is still unsigned. The clusters
 * are built again after each batch. Stopping the store interrupts it between documents.
 */
final class CopySigning {
    static final int BATCH = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(CopySigning.class);

    private final CorpusIndex index;
    private final StoredCopies copies;
    private final Thread thread;

    private CopySigning(CorpusIndex index, StoredCopies copies) {
        this.index = index;
        this.copies = copies;
        thread = new Thread(this::run, "vigie-copy-signing");
        thread.setDaemon(true);
    }

    static CopySigning start(CorpusIndex index, StoredCopies copies) {
        CopySigning signing = new CopySigning(index, copies);
        signing.thread.start();
        return signing;
    }

    /** Stops the signing at the next document and waits for it. */
    void stop() throws InterruptedException {
        thread.interrupt();
        thread.join(TimeUnit.SECONDS.toMillis(30));
    }

    /** Waits until every document stored at open is signed (for tests). */
    void await() throws InterruptedException {
        thread.join();
    }

    private void run() {
        try {
            List<String> unsigned = index.read(CopySigning::unsigned);
            if (unsigned.isEmpty()) {
                return;
            }
            LOG.info("signing {} documents stored without a copy signature, in the background", unsigned.size());
            long start = System.nanoTime();
            for (int from = 0; from < unsigned.size() && !Thread.currentThread().isInterrupted(); from += BATCH) {
                List<String> batch = unsigned.subList(from, Math.min(unsigned.size(), from + BATCH));
                index.sign(index.read(searcher -> sign(searcher, batch)));
                copies.reload();
            }
            LOG.info("signed the documents stored without a copy signature in {} ms{}",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
                    Thread.currentThread().isInterrupted() ? " (stopped; the next open goes on)" : "");
        } catch (RuntimeException e) {
            LOG.error("cannot sign the documents stored without a copy signature; the next open tries again: {}",
                    e.getMessage(), e);
        }
    }

    /** The ids of the live documents that have no copy signature, in index order. */
    static List<String> unsigned(IndexSearcher searcher) throws IOException {
        List<String> unsigned = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            BinaryDocValues signatures = reader.getBinaryDocValues(CorpusFields.COPY_SIGNATURE);
            SortedDocValues ids = reader.getSortedDocValues(CorpusFields.ID);
            Bits live = reader.getLiveDocs();
            for (int doc = 0; ids != null && doc < reader.maxDoc(); doc++) {
                boolean signed = signatures != null && signatures.advanceExact(doc);
                if (!signed && (live == null || live.get(doc)) && ids.advanceExact(doc)) {
                    unsigned.add(ids.lookupOrd(ids.ordValue()).utf8ToString());
                }
            }
        }
        return unsigned;
    }

    private static Map<String, BytesRef> sign(IndexSearcher searcher, List<String> batch) throws IOException {
        Map<String, BytesRef> signed = new LinkedHashMap<>();
        for (String id : batch) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            int doc = CorpusIndex.docOf(searcher, id);
            if (doc >= 0) {
                signed.put(id, CorpusFields.signatureValue(CopySignature.of(StoredDocuments.document(searcher, doc))));
            }
        }
        return signed;
    }
}
