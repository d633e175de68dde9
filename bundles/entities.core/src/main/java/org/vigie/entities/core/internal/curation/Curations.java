package org.vigie.entities.core.internal.curation;

import java.util.concurrent.atomic.AtomicReference;

import org.vigie.curation.api.CurationLog;

/** The curation of the log's current revision, built again only when the log changed. */
public final class Curations {

    private final AtomicReference<Curation> held = new AtomicReference<>(Curation.NONE);

    /** The decisions in force in {@code log}; none when there is no log (the curation bundle is absent). */
    public Curation of(CurationLog log) {
        if (log == null) {
            return Curation.NONE;
        }
        long revision = log.revision();
        Curation known = held.get();
        if (known.revision() == revision) {
            return known;
        }
        Curation fresh = Curation.of(log.inForce(), revision);
        held.set(fresh);
        return fresh;
    }
}
