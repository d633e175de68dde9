package org.vigie.web.internal.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work done once in the background when the workbench starts serving, so that the analyst's first
 * request does not pay for it: at 100 000 documents the store's first copy-cluster question loads
 * every copy signature (20 s under load) and the entity index's first corpus-wide question takes
 * seconds. Read-only; a failure is logged and the request that needs the work does it again.
 */
final class Warmup {
    private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);

    private Warmup() {
    }

    /** Starts {@code work} on a daemon thread named after {@code what}; interrupt it to give it up. */
    static Thread start(String what, Runnable work) {
        Thread thread = new Thread(() -> {
            long start = System.nanoTime();
            try {
                work.run();
                LOG.info("web workbench warm-up '{}' done in {} ms", what, (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("web workbench warm-up '{}' failed: {}", what, e.toString());
            }
        }, "vigie-web-warmup-" + what);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
