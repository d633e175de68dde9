package org.vigie.lucene;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * One thread that runs an index's writes in order. A caller's thread interrupt (Ctrl-C in the
 * shell) never reaches it: an interrupt during {@code FileChannel} I/O closes the channel, and
 * Lucene's {@code IndexWriter} then closes itself for good (a tragic event). The caller waits for
 * its write to finish whatever its interrupts, and gets its interrupt flag back afterwards, so it
 * can stop at its next boundary.
 */
public final class WriterThread implements AutoCloseable {

    /** A write to run: may throw {@link IOException}. */
    @FunctionalInterface
    public interface Write<T> {
        T run() throws IOException;
    }

    private final ExecutorService thread;

    /** @param name the thread's name, e.g. {@code vigie-entities-writer} */
    public WriterThread(String name) {
        thread = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code write} on the writer thread and returns its result; throws what it threw. */
    public <T> T run(Write<T> write) throws IOException {
        Future<T> done;
        try {
            done = thread.submit(write::run);
        } catch (RejectedExecutionException e) {
            throw new IOException("the index is closed", e);
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return done.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static IOException rethrown(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }

    /** Lets the writes under way finish (at most 30 s), then stops the thread. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
