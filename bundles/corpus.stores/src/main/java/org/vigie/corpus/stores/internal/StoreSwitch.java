package org.vigie.corpus.stores.internal;

import java.util.function.Predicate;

import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.stores.StoreChoice;

/**
 * One switch of the serving store: retire the old kind and wait until it is unregistered, then
 * serve the new one and wait until it is registered. If the new one does not come up, the old
 * one is served again and the switch fails, so the active store is unchanged.
 */
final class StoreSwitch {
    private static final Logger LOG = LoggerFactory.getLogger(StoreSwitch.class);

    private final StoreConfigurations configurations;
    private final Registrations registrations;
    private final ServiceComponentRuntime scr;

    StoreSwitch(StoreConfigurations configurations, Registrations registrations, ServiceComponentRuntime scr) {
        this.configurations = configurations;
        this.registrations = registrations;
        this.scr = scr;
    }

    void run(StoreChoice from, StoreChoice to, Predicate<Registrations> toServing, Predicate<Registrations> fromServing) {
        try {
            if (from.kind() != to.kind()) {
                configurations.retire(from.kind());
                if (!registrations.await(r -> r.gone(from.kind()), StoreCoordinator.SWITCH_SECONDS)) {
                    throw new CorpusException("the " + from.kind().id() + " store did not stop within "
                            + StoreCoordinator.SWITCH_SECONDS + " s");
                }
            }
            configurations.serve(to, false);
            if (!registrations.await(toServing, StoreCoordinator.SWITCH_SECONDS)) {
                throw new CorpusException("the " + to.kind().id() + " store did not come up within "
                        + StoreCoordinator.SWITCH_SECONDS + " s (is its bundle installed? see the workspace log)");
            }
            if (!Quiescence.await(scr, StoreCoordinator.SWITCH_SECONDS)) {
                LOG.warn("the components were still changing {} s after the switch", StoreCoordinator.SWITCH_SECONDS);
            }
        } catch (CorpusException | InterruptedException e) {
            rollBack(from, to, fromServing);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new CorpusException((e instanceof InterruptedException ? "interrupted" : e.getMessage())
                    + "; the active store is unchanged: " + from.describe(), e);
        }
    }

    private void rollBack(StoreChoice from, StoreChoice to, Predicate<Registrations> fromServing) {
        if (from.kind() != to.kind()) {
            configurations.retire(to.kind());
        }
        configurations.serve(from, false);
        try {
            if (!registrations.await(fromServing, StoreCoordinator.SWITCH_SECONDS)) {
                LOG.error("the {} store did not come back after a failed switch", from.kind().id());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
