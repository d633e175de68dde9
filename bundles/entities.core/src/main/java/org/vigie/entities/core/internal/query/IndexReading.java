package org.vigie.entities.core.internal.query;
import org.vigie.entities.core.internal.resolution.Resolution;


/**
 * What one question to the entity index reads with, composed: the searcher of one index version,
 * the resolution of that version, the stored JSON and the counts per entity.
 *
 * @param search the searcher
 * @param resolution how entity keys are made in this index version
 * @param stored the reader of stored JSON
 */
record IndexReading(Searching search, Resolution resolution, StoredJson stored) {

    /** Counts per entity over this reading. */
    Tallies tallies() {
        return new Tallies(search, resolution);
    }
}
