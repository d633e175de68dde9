package org.vigie.corpus.importers.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.ImportException;
import org.vigie.corpus.api.ImportSink;
import org.vigie.corpus.api.ParsedDocument;

/**
 * Runs the reading of one file on a worker thread under a time limit, and relays what it reads
 * to the import's thread through a small queue (bounded memory: the reader waits while the
 * documents before are stored). When the reader gives nothing, neither a document nor its end,
 * for longer than the limit, its file fails ("took longer than N s"), the worker is interrupted
 * and abandoned (a daemon thread), and the import goes on with a fresh worker. Anything the
 * reader throws, errors included, is rethrown on the import's thread.
 */
final class ImportWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ImportWorker.class);
    private static final int QUEUE = 64;
    private static final Object END = new Object();
    private static final AtomicInteger THREADS = new AtomicInteger();

    private record Failure(Throwable cause) {
    }

    private record Note(String remark) {
    }

    /** Thrown in the worker when the import gave up waiting for it. */
    private static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "vigie-import-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final long limitSeconds;
    private final String limitName;

    /** @param limitName where the limit is configured, for the message */
    ImportWorker(long limitSeconds, String limitName) {
        this.limitSeconds = limitSeconds;
        this.limitName = limitName;
    }

    /** Runs {@code reading} on a worker, handing what it gives to {@code target} on this thread. */
    void run(Consumer<ImportSink> reading, ImportSink target) {
        BlockingQueue<Object> handoff = new ArrayBlockingQueue<>(QUEUE);
        Future<?> worker = threads.submit(() -> work(reading, handoff));
        try {
            relay(handoff, target);
        } finally {
            worker.cancel(true); // a no-op once it has finished
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    private static void work(Consumer<ImportSink> reading, BlockingQueue<Object> handoff) {
        Object last = END;
        try {
            reading.accept(new Handoff(handoff));
        } catch (Abandoned e) {
            return;
        } catch (Throwable e) { // an OutOfMemoryError too: what the reader held is garbage by now
            last = new Failure(e);
        }
        try {
            handoff.put(last);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void relay(BlockingQueue<Object> handoff, ImportSink target) {
        while (true) {
            Object next;
            try {
                next = handoff.poll(limitSeconds, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ImportException("interrupted: the import was stopped while this file was read", e);
            }
            if (next == null) {
                LOG.warn("an importer took longer than {} s on one file; its thread is interrupted and left", limitSeconds);
                throw new ImportException("took longer than " + limitSeconds + " s (" + limitName + ")");
            }
            if (next == END) {
                return;
            }
            if (next instanceof Failure failure) {
                throw rethrown(failure.cause());
            }
            if (next instanceof Note note) {
                target.note(note.remark());
            } else {
                target.document((ParsedDocument) next);
            }
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException e) {
            return e;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new ImportException("failed: " + cause, cause);
    }

    /** The worker's side of the queue: waits while it is full; gives up when interrupted. */
    private record Handoff(BlockingQueue<Object> queue) implements ImportSink {
        @Override
        public void document(ParsedDocument document) {
            put(document);
        }

        @Override
        public void note(String remark) {
            put(new Note(remark));
        }

        private void put(Object item) {
            try {
                queue.put(item);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Abandoned();
            }
        }
    }
}
