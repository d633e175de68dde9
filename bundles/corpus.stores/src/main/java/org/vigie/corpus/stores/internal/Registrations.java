package org.vigie.corpus.stores.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.osgi.framework.ServiceReference;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.stores.StoreChoice;
import org.vigie.corpus.api.stores.StoreKind;

/**
 * The {@link CorpusStore} services registered now, as the coordinator's DS reference tells them
 * (references only: nothing here activates a store), and waiting for a switch to take effect.
 */
final class Registrations {
    private final List<ServiceReference<CorpusStore>> stores = new ArrayList<>();

    synchronized void added(ServiceReference<CorpusStore> ref) {
        stores.add(ref);
        notifyAll();
    }

    synchronized void removed(ServiceReference<CorpusStore> ref) {
        stores.remove(ref);
        notifyAll();
    }

    /** The store serving the workbench: exactly one registered not as a copy's target and of this kind, or null. */
    synchronized ServiceReference<CorpusStore> serving(StoreKind kind) {
        List<ServiceReference<CorpusStore>> serving = stores.stream().filter(r -> !copyTarget(r)).toList();
        return serving.size() == 1 && kind.id().equals(kindOf(serving.get(0))) ? serving.get(0) : null;
    }

    /** The store of this kind registered as a copy's target, or null. */
    synchronized ServiceReference<CorpusStore> copyTarget(StoreKind kind) {
        return stores.stream().filter(r -> copyTarget(r) && kind.id().equals(kindOf(r))).findFirst().orElse(null);
    }

    /** Whether no store of this kind is registered. */
    synchronized boolean gone(StoreKind kind) {
        return stores.stream().noneMatch(r -> kind.id().equals(kindOf(r)));
    }

    /** Waits up to {@code seconds} until {@code condition} holds; returns whether it does. */
    synchronized boolean await(Predicate<Registrations> condition, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (long left = end - System.nanoTime(); !condition.test(this); left = end - System.nanoTime()) {
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    private static boolean copyTarget(ServiceReference<?> ref) {
        return "copy".equals(ref.getProperty(StoreConfigurations.ROLE));
    }

    private static String kindOf(ServiceReference<?> ref) {
        return String.valueOf(ref.getProperty(StoreKind.PROPERTY));
    }

    /** The choice serves the workbench: for a cluster, with this URL and prefix. */
    static Predicate<Registrations> serving(StoreChoice choice) {
        return r -> {
            ServiceReference<CorpusStore> ref = r.serving(choice.kind());
            return ref != null && (choice.kind() == StoreKind.EMBEDDED
                    || Objects.equals(ref.getProperty(OpenSearchSettings.URL), choice.url())
                    && Objects.equals(ref.getProperty(OpenSearchSettings.INDEX_PREFIX), choice.indexPrefix()));
        };
    }

}
