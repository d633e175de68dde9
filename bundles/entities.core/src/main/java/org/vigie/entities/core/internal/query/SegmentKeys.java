package org.vigie.entities.core.internal.query;

import java.io.IOException;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.vigie.entities.core.internal.layout.IndexFields;
import org.vigie.entities.core.internal.resolution.Resolution;

/**
 * The entity keys of one segment's hits, decoded once per group ordinal rather than once per hit
 * (a frequent entity has one entity document per document it appears in). Only hits of a group
 * that resolution splits by affiliation read their affiliation; a group merged with others
 * ({@code NameLinks}) gets the key of the entity they make.
 */
final class SegmentKeys {

    private final Resolution resolution;
    private final SortedDocValues groups;
    private final SortedDocValues affiliations;
    private final String[] groupOfOrd;
    private final boolean[] splitOrd;

    SegmentKeys(LeafReader segment, Resolution resolution) throws IOException {
        this.resolution = resolution;
        this.groups = DocValues.getSorted(segment, IndexFields.GROUP);
        this.affiliations = DocValues.getSorted(segment, IndexFields.AFF);
        this.groupOfOrd = new String[groups.getValueCount()];
        this.splitOrd = new boolean[groups.getValueCount()];
    }

    /** The entity key of a hit, or the empty string when it has no group; docs in increasing order. */
    String keyOf(int doc) throws IOException {
        if (!groups.advanceExact(doc)) {
            return "";
        }
        int ord = groups.ordValue();
        String group = groupOfOrd[ord];
        if (group == null) {
            String indexed = groups.lookupOrd(ord).utf8ToString();
            splitOrd[ord] = resolution.isSplit(indexed);
            group = splitOrd[ord] ? indexed : resolution.keyOf(indexed); // merged groups share one key
            groupOfOrd[ord] = group;
        }
        return splitOrd[ord] ? resolution.entityKey(group, DocValueReading.text(affiliations, doc)) : group;
    }
}
