package org.vigie.plugins.api;

import java.util.List;
import java.util.Objects;

/**
 * A plugin bundle as the analyst sees it.
 *
 * @param id the bundle id
 * @param symbolicName the bundle symbolic name
 * @param version the bundle version
 * @param state {@code ACTIVE}, {@code RESOLVED}, {@code INSTALLED}, ... or {@code UNINSTALLED}
 * @param location where it was installed from
 * @param contributions the services it contributes to Vigie's extension points
 * @param problem why it does not run (unresolved requirement, activation failure), or
 *     {@code null}
 */
public record PluginInfo(long id, String symbolicName, String version, String state, String location,
        List<Contribution> contributions, String problem) {

    public PluginInfo {
        Objects.requireNonNull(symbolicName, "symbolicName");
        contributions = List.copyOf(contributions);
    }

    /** Whether the plugin or one of its contributions is failing. */
    public boolean failing() {
        return problem != null || contributions.stream().anyMatch(c -> c.failure() != null);
    }
}
