package org.vigie.web.internal.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work a servlet starts in the background when the HTTP runtime initialises it (at web:serve),
 * so that the analyst's first request does not pay for it: at 100 000 documents the store's first
 * copy-cluster question loads every copy signature (20 s under load) and the entity index's first
 * corpus-wide question takes seconds. Read-only; a failure is logged and the request that needs
 * the work does it again.
 */
final class Warmup {
    private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);

    private final String what;
    private final Runnable work;
    private Thread thread;

    Warmup(String what, Runnable work) {
        this.what = what;
        this.work = work;
    }

    /** Starts the work on a daemon thread (from {@code Servlet.init}). */
    synchronized void start() {
        thread = new Thread(this::run, "vigie-web-warmup-" + what);
        thread.setDaemon(true);
        thread.start();
    }

    /** Gives the work up if it still runs (from {@code Servlet.destroy}). */
    synchronized void stop() {
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        long start = System.nanoTime();
        try {
            work.run();
            LOG.info("web workbench warm-up '{}' done in {} ms", what, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("web workbench warm-up '{}' failed: {}", what, e.toString());
        }
    }
}
