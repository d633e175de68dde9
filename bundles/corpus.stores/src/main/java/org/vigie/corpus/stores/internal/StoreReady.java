package org.vigie.corpus.stores.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.condition.Condition;

/**
 * The OSGi {@code Condition} {@code osgi.condition.id=vigie.store}: the store chosen in the
 * workspace serves the workbench (or did not come up in time, which the log says). Enabled by
 * {@link StoreCoordinator} once, at start; the {@code store:} commands wait for it, so a batch
 * script's first command never runs on the store a start replaces.
 */
@Component(enabled = false, service = Condition.class, property = Condition.CONDITION_ID + "=" + StoreReady.ID)
public class StoreReady implements Condition {
    static final String ID = "vigie.store";
}
