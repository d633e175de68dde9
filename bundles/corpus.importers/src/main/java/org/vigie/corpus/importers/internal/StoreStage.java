package org.vigie.corpus.importers.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.ImportException;

/**
 * Stores an import's batches on a thread of its own, one batch behind the import's thread: while
 * a batch is stored, the import's thread tells the listeners of the batch before (the entity
 * extraction) and reads the next, so storing and extracting share the cores. Back-pressure: a
 * batch is handed over only once the one before is stored, so at most one batch is being stored,
 * one told and one read. Batches are stored, settled and told in their order; settling and
 * telling stay on the import's thread.
 */
final class StoreStage implements AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "vigie-import-store-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final CorpusStore store;
    private ImportBatch.Taken storing;
    private Future<ImportBatch.Result> result;

    StoreStage(CorpusStore store) {
        this.store = store;
    }

    /** Starts storing {@code taken}; returns the batch before it once stored, or {@code null} when there was none. */
    ImportBatch.Stored handOver(ImportBatch.Taken taken) {
        Future<ImportBatch.Result> next = thread.submit(() -> taken.storeIn(store));
        ImportBatch.Stored before = collect();
        storing = taken;
        result = next;
        return before;
    }

    /**
     * Waits for the batch being stored and settles it, or {@code null} when none is. Waits through
     * an interrupt (Ctrl-C) too, which it leaves set: a batch the store took must be reported.
     */
    ImportBatch.Stored collect() {
        if (result == null) {
            return null;
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return storing.settle(result.get());
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw rethrown(e.getCause());
                }
            }
        } finally {
            result = null;
            storing = null;
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof Error e) {
            throw e;
        }
        return cause instanceof RuntimeException e ? e : new ImportException("failed: " + cause, cause);
    }

    /** Lets a batch still being stored (after a failure of the import) finish, and ends the thread. */
    @Override
    public void close() {
        thread.shutdown();
    }
}
