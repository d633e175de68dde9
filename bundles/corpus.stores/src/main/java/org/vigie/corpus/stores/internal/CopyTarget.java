package org.vigie.corpus.stores.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.stores.CopyProgress;
import org.vigie.corpus.api.stores.CopyReport;
import org.vigie.corpus.api.stores.StoreChoice;
import org.vigie.corpus.api.stores.StoreKind;

/**
 * The store that is not active, opened for the length of one copy as a copy's target (a low
 * ranking and {@code vigie.corpus.store.role=copy}: no consumer binds it), then retired again.
 */
final class CopyTarget {
    private final BundleContext context;
    private final StoreConfigurations configurations;
    private final Registrations registrations;

    CopyTarget(BundleContext context, StoreConfigurations configurations, Registrations registrations) {
        this.context = context;
        this.configurations = configurations;
        this.registrations = registrations;
    }

    CopyReport copy(StoreChoice active, StoreChoice target, CopyProgress progress) {
        StoreKind kind = target.kind();
        configurations.serve(target, true);
        try {
            if (!registrations.await(r -> r.copyTarget(kind) != null, StoreCoordinator.SWITCH_SECONDS)) {
                throw new CorpusException("the " + kind.id() + " store did not open within "
                        + StoreCoordinator.SWITCH_SECONDS + " s (is its bundle installed? see the workspace log)");
            }
            return between(registrations.serving(active.kind()), registrations.copyTarget(kind), target, progress);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CorpusException("interrupted before the copy started", e);
        } finally {
            configurations.retire(kind);
        }
    }

    private CopyReport between(ServiceReference<CorpusStore> from, ServiceReference<CorpusStore> to,
            StoreChoice target, CopyProgress progress) {
        if (from == null) {
            throw new CorpusException("the active store is not running (see the workspace log)");
        }
        CorpusStore source = context.getService(from);
        try {
            CorpusStore destination = context.getService(to);
            try {
                if (source == null || destination == null) {
                    throw new CorpusException("a store went away before the copy started; run store:copy again");
                }
                return StoreCopy.run(source, destination, target, progress);
            } finally {
                context.ungetService(to);
            }
        } finally {
            context.ungetService(from);
        }
    }
}
