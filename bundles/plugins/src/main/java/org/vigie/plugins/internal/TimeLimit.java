package org.vigie.plugins.internal;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.vigie.plugins.api.PluginException;

/**
 * Runs a plugin's start, stop or removal on a thread of its own and waits at most a time limit
 * for it, so that a plugin whose activator or component blocks cannot hang a command or the
 * shutdown. Past the limit the thread is interrupted (a plugin waiting interruptibly gives up,
 * and the framework leaves it resolved) and left behind as a daemon.
 */
final class TimeLimit {

    /** A framework operation on a bundle. */
    interface BundleAction {
        void run() throws BundleException;
    }

    private TimeLimit() {
    }

    /**
     * Runs {@code action}; returns whether it ended within {@code limit}.
     *
     * @throws BundleException what the action threw
     */
    static boolean run(String name, Duration limit, BundleAction action) throws BundleException {
        FutureTask<Void> task = new FutureTask<>(() -> {
            action.run();
            return null;
        });
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        try {
            task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            thread.interrupt();
            return false;
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new PluginException("interrupted while waiting for " + name, e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    /** Runs a framework operation on a plugin within {@code limit}; past it, fails with the plugin's name. */
    static void within(Bundle bundle, String what, Duration limit, BundleAction action) throws BundleException {
        if (!run("vigie-plugin-" + what + "-" + bundle.getSymbolicName(), limit, action)) {
            throw new PluginException("plugin " + bundle.getSymbolicName() + " did not " + what + " within "
                    + limit.toSeconds() + " s; it may still be running");
        }
    }

    private static BundleException rethrown(Throwable cause) {
        if (cause instanceof BundleException bundle) {
            return bundle;
        } else if (cause instanceof RuntimeException runtime) {
            throw runtime;
        } else if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(cause);
    }
}
