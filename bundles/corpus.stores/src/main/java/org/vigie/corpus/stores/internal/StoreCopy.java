package org.vigie.corpus.stores.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.stores.CopyProgress;
import org.vigie.corpus.api.stores.CopyReport;
import org.vigie.corpus.api.stores.StoreChoice;

/**
 * Copies a corpus from one store to another in import order, a page at a time; the documents
 * the target already holds are skipped (ids are content hashes, so a re-run resumes), and the end
 * compares both sides id by id. A page is read whole from the source ({@code getAll}) while the
 * previous one is added to the target on a second thread: one add in flight, one page read ahead.
 */
final class StoreCopy {
    /** Documents per page, and so per commit of the target (a remote store refreshes once per add). */
    static final int BATCH = 2_000;

    private final CorpusStore source;
    private final CorpusStore target;
    private final CopyProgress progress;
    private long done;
    private long copied;

    private StoreCopy(CorpusStore source, CorpusStore target, CopyProgress progress) {
        this.source = source;
        this.target = target;
        this.progress = progress;
    }

    static CopyReport run(CorpusStore source, CorpusStore target, StoreChoice targetChoice, CopyProgress progress) {
        return run(source, target, targetChoice, progress, BATCH);
    }

    static CopyReport run(CorpusStore source, CorpusStore target, StoreChoice targetChoice, CopyProgress progress, int batch) {
        List<String> ids = source.ids();
        Set<String> there = new HashSet<>(target.ids());
        List<String> missing = ids.stream().filter(id -> !there.contains(id)).toList();
        StoreCopy copy = new StoreCopy(source, target, progress);
        copy.done = ids.size() - missing.size();
        progress.copied(copy.done, ids.size());
        copy.pages(missing, batch, ids.size());
        Set<String> after = new HashSet<>(target.ids());
        long lost = ids.stream().filter(id -> !after.contains(id)).count();
        return new CopyReport(targetChoice, ids.size(), ids.size() - missing.size(), copy.copied, lost, target.count());
    }

    private void pages(List<String> missing, int batch, int total) {
        ExecutorService adding = Executors.newSingleThreadExecutor(work -> new Thread(work, "vigie-store-copy"));
        try {
            Future<Integer> inFlight = null;
            int inFlightSize = 0;
            for (int from = 0; from < missing.size(); from += batch) {
                List<String> page = missing.subList(from, Math.min(missing.size(), from + batch));
                List<Document> documents = source.getAll(page); // one removed meanwhile is not copied
                if (inFlight != null) {
                    settle(inFlight, inFlightSize, total);
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw interrupted(total, null);
                }
                inFlight = adding.submit(() -> target.add(documents).size());
                inFlightSize = page.size();
            }
            if (inFlight != null) {
                settle(inFlight, inFlightSize, total);
            }
        } finally {
            adding.shutdownNow();
        }
    }

    /** Waits for a page's add, then counts it; its failure is the copy's. */
    private void settle(Future<Integer> add, int size, int total) {
        try {
            copied += add.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(total, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r
                    : new CorpusException("cannot copy the documents: " + e.getCause(), e.getCause());
        }
        done += size;
        progress.copied(done, total);
    }

    private CorpusException interrupted(int total, Exception cause) {
        return new CorpusException("interrupted after " + done + " of " + total
                + " documents; run store:copy again to finish", cause);
    }
}
