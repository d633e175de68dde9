package org.vigie.entities.api;

import java.util.List;
import java.util.Map;

/**
 * How the analyst's entity decisions (the curation log) apply to the entities as read now.
 *
 * @param applied how many decisions in force apply to entities that exist
 * @param stale the decisions in force whose entities no longer exist (by decision id, the entity
 *        keys missing): kept, doing nothing until those entities come back
 */
public record CurationReport(int applied, Map<String, List<String>> stale) {

    /** No decision at all (no curation log, or an empty one). */
    public static final CurationReport NONE = new CurationReport(0, Map.of());

    public CurationReport {
        if (applied < 0) {
            throw new IllegalArgumentException("applied decisions cannot be negative: " + applied);
        }
        stale = Map.copyOf(stale);
    }
}
