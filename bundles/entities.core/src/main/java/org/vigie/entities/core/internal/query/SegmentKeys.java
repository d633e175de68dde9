package org.vigie.entities.core.internal.query;

import java.io.IOException;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.vigie.entities.core.internal.curation.Curation;
import org.vigie.entities.core.internal.layout.IndexFields;
import org.vigie.entities.core.internal.resolution.Resolution;

/**
 * The entity keys of one segment's hits, decoded once per group ordinal rather than once per hit
 * (a frequent entity has one entity document per document it appears in), then curated. Only hits
 * of a group that resolution splits by affiliation read their affiliation, and only hits of an
 * entity a decision splits or rejects in some document read their document.
 */
final class SegmentKeys {

    private final Resolution resolution;
    private final Curation curation;
    private final SortedDocValues groups;
    private final SortedDocValues affiliations;
    private final SortedDocValues documents;
    private final String[] groupOfOrd;
    private final boolean[] splitOrd;

    SegmentKeys(LeafReader segment, Resolution resolution, Curation curation) throws IOException {
        this.resolution = resolution;
        this.curation = curation;
        this.groups = DocValues.getSorted(segment, IndexFields.GROUP);
        this.affiliations = DocValues.getSorted(segment, IndexFields.AFF);
        this.documents = curation.isEmpty() ? null : DocValues.getSorted(segment, IndexFields.DOC);
        this.groupOfOrd = new String[groups.getValueCount()];
        this.splitOrd = new boolean[groups.getValueCount()];
    }

    /**
     * The curated entity key of a hit; the empty string when it has no group, null when the analyst
     * rejected it; docs in increasing order.
     */
    String keyOf(int doc) throws IOException {
        if (!groups.advanceExact(doc)) {
            return "";
        }
        int ord = groups.ordValue();
        String group = groupOfOrd[ord];
        if (group == null) {
            group = groups.lookupOrd(ord).utf8ToString();
            groupOfOrd[ord] = group;
            splitOrd[ord] = resolution.isSplit(group);
        }
        String raw = splitOrd[ord] ? resolution.entityKey(group, DocValueReading.text(affiliations, doc)) : group;
        if (documents == null) {
            return raw;
        }
        return curation.perDocument(raw) ? curation.keyOf(raw, DocValueReading.text(documents, doc)) : curation.keyOf(raw);
    }
}
