package org.vigie.entities.core.internal.index;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a commit about a second after it is first asked for, once for all the requests made in
 * between: an import told in many small batches costs one disk sync per second, not one per batch.
 * Its thread starts on first use; {@link #close()} drops a commit not yet due (the index commits
 * when it closes) and lets one under way finish.
 */
final class DelayedCommit implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DelayedCommit.class);

    private final Runnable commit;
    private final long delayMillis;
    private final AtomicBoolean pending = new AtomicBoolean();
    private ScheduledThreadPoolExecutor thread;

    DelayedCommit(Runnable commit, long delayMillis) {
        this.commit = commit;
        this.delayMillis = delayMillis;
    }

    /** Asks for a commit within the delay. */
    void request() {
        if (pending.compareAndSet(false, true)) {
            thread().schedule(this::run, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void run() {
        pending.set(false);
        try {
            commit.run();
        } catch (RuntimeException e) {
            LOG.error("a delayed commit of the entity index failed: {}", e.getMessage(), e);
        }
    }

    private synchronized ScheduledThreadPoolExecutor thread() {
        if (thread == null) {
            thread = new ScheduledThreadPoolExecutor(1, task -> {
                Thread t = new Thread(task, "vigie-entities-commit");
                t.setDaemon(true);
                return t;
            });
            thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        }
        return thread;
    }

    @Override
    public synchronized void close() {
        if (thread == null) {
            return;
        }
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
