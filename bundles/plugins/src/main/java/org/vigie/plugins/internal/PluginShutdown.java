package org.vigie.plugins.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the framework begins to stop, stops the plugins first, all at once, waiting at most the
 * stop limit. A plugin whose stop does not end in time is left behind with one line. Its bundle
 * stays locked by the thread stuck in it, and Felix, going down the start levels, would wait for
 * that lock for ever, before stopping the bundles below it (the stores among them): so in that
 * case the rest of the framework is stopped here, in Felix's order (highest start level first,
 * newest bundle first), each bundle within the limit too. Every store is then closed when the
 * process ends, whatever the plugin does.
 */
final class PluginShutdown implements SynchronousBundleListener {
    private static final Logger LOG = LoggerFactory.getLogger(PluginShutdown.class);
    private static final int CHANGING = Bundle.STARTING | Bundle.STOPPING;

    private final BundleContext context;
    private final Supplier<List<Bundle>> plugins;
    private final Supplier<Duration> limit;

    PluginShutdown(BundleContext context, Supplier<List<Bundle>> plugins, Supplier<Duration> limit) {
        this.context = context;
        this.plugins = plugins;
        this.limit = limit;
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (event.getType() == BundleEvent.STOPPING && event.getBundle().getBundleId() == 0) {
            stopPlugins();
        }
    }

    void stopPlugins() {
        Map<Bundle, Thread> stopping = new LinkedHashMap<>();
        for (Bundle plugin : plugins.get()) {
            if ((plugin.getState() & (Bundle.ACTIVE | CHANGING)) != 0) {
                Thread thread = new Thread(() -> stop(plugin), "vigie-plugin-stop-" + plugin.getSymbolicName());
                thread.setDaemon(true);
                thread.start();
                stopping.put(plugin, thread);
            }
        }
        long deadline = System.nanoTime() + limit.get().toNanos();
        List<Bundle> stuck = new ArrayList<>();
        stopping.forEach((plugin, thread) -> {
            if (!joined(thread, deadline)) {
                thread.interrupt();
                stuck.add(plugin);
                String line = "vigie: plugin " + plugin.getSymbolicName() + " did not stop within "
                        + limit.get().toSeconds() + " s; Vigie stops without waiting for it";
                LOG.warn(line);
                System.err.println(line);
            }
        });
        if (!stuck.isEmpty()) {
            stopTheRest(stuck);
        }
    }

    private static void stop(Bundle bundle) {
        try {
            bundle.stop(Bundle.STOP_TRANSIENT); // transient: it starts again with Vigie
        } catch (BundleException | IllegalStateException e) {
            LOG.warn("bundle {} did not stop cleanly: {}", bundle.getSymbolicName(), PluginProblems.firstLine(e.getMessage()));
        }
    }

    private static boolean joined(Thread thread, long deadline) {
        try {
            thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    /** Stops every other bundle, as Felix would, skipping the stuck plugins whose lock it would wait for. */
    private void stopTheRest(List<Bundle> stuck) {
        Comparator<Bundle> felixOrder = Comparator.comparingInt(PluginShutdown::startLevel)
                .thenComparingLong(Bundle::getBundleId).reversed();
        List<Bundle> rest = Arrays.stream(context.getBundles())
                .filter(b -> b.getBundleId() != 0 && !stuck.contains(b) && (b.getState() & (Bundle.ACTIVE | CHANGING)) != 0)
                .sorted(felixOrder).toList();
        for (Bundle bundle : rest) {
            try {
                if (!TimeLimit.run("vigie-stop-" + bundle.getSymbolicName(), limit.get(), () -> stop(bundle))) {
                    LOG.warn("bundle {} did not stop within {} s", bundle.getSymbolicName(), limit.get().toSeconds());
                }
            } catch (BundleException e) {
                LOG.warn("bundle {} did not stop cleanly: {}", bundle.getSymbolicName(), e.getMessage());
            }
        }
    }

    private static int startLevel(Bundle bundle) {
        BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
        return level == null ? 0 : level.getStartLevel();
    }
}
