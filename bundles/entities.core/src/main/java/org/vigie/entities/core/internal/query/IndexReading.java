package org.vigie.entities.core.internal.query;

import java.io.IOException;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.vigie.entities.core.internal.curation.Curation;
import org.vigie.entities.core.internal.layout.IndexFields;
import org.vigie.entities.core.internal.resolution.Resolution;

/**
 * What one question to the entity index reads with, composed: the searcher of one index version,
 * the resolution of that version, the analyst's decisions in force, the stored JSON and the counts
 * per entity.
 *
 * @param search the searcher
 * @param resolution how entity keys are made in this index version
 * @param curation the analyst's decisions, applied on top of the resolution's keys
 * @param stored the reader of stored JSON
 */
record IndexReading(Searching search, Resolution resolution, Curation curation, StoredJson stored) {

    /** Counts per entity over this reading. */
    Tallies tallies() {
        return new Tallies(this);
    }

    /** The curated entity keys of one segment's hits. */
    SegmentKeys keys(LeafReader segment) throws IOException {
        return new SegmentKeys(segment, resolution, curation);
    }

    /** Whether extraction made an entity of this (uncurated) key in this index version. */
    boolean exists(String rawKey) {
        try {
            return search.searcher().count(new TermQuery(new Term(IndexFields.GROUP, resolution.groupOf(rawKey)))) > 0;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
