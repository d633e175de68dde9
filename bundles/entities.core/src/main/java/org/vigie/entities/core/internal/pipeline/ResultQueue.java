package org.vigie.entities.core.internal.pipeline;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.Document;
import org.vigie.entities.api.ExtractionException;
import org.vigie.entities.api.ExtractionResult;

/**
 * Stores the results of an {@link ExtractionRun} on a thread of its own, in their order, so the
 * next document is extracted while the last one's result is turned into index documents and
 * written: the two halves of a run share the cores. Bounded: at most {@value #AHEAD} results wait
 * (the run waits for room). A result that cannot be stored becomes a failure naming its document;
 * {@link #drain} waits for every result handed so far and gives those failures.
 */
final class ResultQueue implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ResultQueue.class);
    private static final int AHEAD = 16;
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ResultStore store;
    private final Semaphore room = new Semaphore(AHEAD);
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicLong annotations = new AtomicLong();
    private final AtomicReference<Throwable> thrown = new AtomicReference<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "vigie-extraction-results-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    ResultQueue(ResultStore store) {
        this.store = store;
    }

    /**
     * Hands a result over to be stored; waits (through interrupts, which it leaves set) while
     * {@value #AHEAD} wait. Rethrows what storing an earlier one threw other than an {@link ExtractionException}.
     */
    void put(Document document, ExtractionResult result) {
        rethrow();
        room.acquireUninterruptibly();
        thread.execute(() -> {
            try {
                store.put(document, result);
                annotations.addAndGet(result.annotations().size());
            } catch (ExtractionException e) {
                LOG.error("{}", e.getMessage(), e);
                failures.add(e.getMessage());
            } catch (RuntimeException | Error e) {
                thrown.compareAndSet(null, e); // a bug, not a bad document: the run fails, as if stored in line
            } finally {
                room.release();
            }
        });
    }

    /**
     * Waits until every result handed over is stored (or failed); moves their failures to
     * {@code into}. Rethrows what storing threw other than an {@link ExtractionException}.
     */
    void drain(List<String> into) {
        room.acquireUninterruptibly(AHEAD);
        room.release(AHEAD);
        rethrow();
        for (String failure = failures.poll(); failure != null; failure = failures.poll()) {
            into.add(failure);
        }
    }

    private void rethrow() {
        Throwable e = thrown.getAndSet(null);
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error error) {
            throw error;
        }
    }

    /** The annotations of the results stored so far. */
    long annotations() {
        return annotations.get();
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
