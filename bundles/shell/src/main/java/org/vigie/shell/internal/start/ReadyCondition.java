package org.vigie.shell.internal.start;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.condition.Condition;

/**
 * The condition {@code vigie.ready}: registered once the start has reached a runnable state
 * (enabled by {@link BatchRunner}, disabled until then). The workspace's start watchdog waits for
 * it; anything else that must wait for a complete start can reference it too.
 */
@Component(enabled = false, service = Condition.class, property = Condition.CONDITION_ID + "=vigie.ready")
public class ReadyCondition implements Condition {
}
