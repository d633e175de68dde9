package org.vigie.entities.core.internal.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;
import org.vigie.entities.core.internal.curation.Curation;
import org.vigie.entities.core.internal.layout.IndexFields;
import org.vigie.entities.core.internal.resolution.Resolution;

/**
 * The entity keys of one segment's hits, decoded once per group ordinal rather than once per hit
 * (a frequent entity has one entity document per document it appears in): resolution first (a
 * group merged with others by {@code NameLinks} gets the key of the entity they make), then the
 * analyst's curation. Only hits of a group that resolution splits by affiliation read their
 * affiliation, and only hits of an entity a decision splits or rejects in some document read their
 * document.
 */
final class SegmentKeys {

    private final Resolution resolution;
    private final Curation curation;
    private final SortedDocValues groups;
    private final SortedDocValues affiliations;
    private final SortedDocValues documents;
    private final String[] groupOfOrd;
    private final boolean[] splitOrd;
    /** Whether a group ordinal's hits need their own key (split by affiliation, or curated per document). */
    private final boolean[] perHitOrd;
    /** The curated key of a group ordinal whose hits all share it (null: rejected). */
    private final String[] curatedOfOrd;
    /** The ordinals, in this segment, of the documents some decision names; sorted. */
    private final int[] namedDocuments;

    SegmentKeys(LeafReader segment, Resolution resolution, Curation curation) throws IOException {
        this.resolution = resolution;
        this.curation = curation;
        this.groups = DocValues.getSorted(segment, IndexFields.GROUP);
        this.affiliations = DocValues.getSorted(segment, IndexFields.AFF);
        this.documents = curation.isEmpty() ? null : DocValues.getSorted(segment, IndexFields.DOC);
        this.groupOfOrd = new String[groups.getValueCount()];
        this.splitOrd = new boolean[groups.getValueCount()];
        this.perHitOrd = new boolean[groups.getValueCount()];
        this.curatedOfOrd = new String[groups.getValueCount()];
        this.namedDocuments = documents == null ? new int[0] : ordinals(documents, curation);
    }

    private static int[] ordinals(SortedDocValues documents, Curation curation) throws IOException {
        List<Integer> ords = new ArrayList<>();
        for (String id : curation.documents()) {
            int ord = documents.lookupTerm(new BytesRef(id));
            if (ord >= 0) {
                ords.add(ord);
            }
        }
        return ords.stream().mapToInt(Integer::intValue).sorted().toArray();
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
            String indexed = groups.lookupOrd(ord).utf8ToString();
            splitOrd[ord] = resolution.isSplit(indexed);
            group = splitOrd[ord] ? indexed : resolution.keyOf(indexed); // merged groups share one key
            groupOfOrd[ord] = group;
            perHitOrd[ord] = splitOrd[ord] || documents != null && curation.perDocument(group);
            curatedOfOrd[ord] = perHitOrd[ord] || documents == null ? group : curation.keyOf(group);
        }
        if (!perHitOrd[ord]) {
            return curatedOfOrd[ord];
        }
        String raw = splitOrd[ord] ? resolution.entityKey(group, DocValueReading.text(affiliations, doc)) : group;
        if (documents == null) {
            return raw;
        }
        if (!curation.perDocument(raw)) {
            return curation.keyOf(raw);
        }
        // most hits are in documents no decision names: their walk is the same, remembered
        int document = documents.advanceExact(doc) ? documents.ordValue() : -1;
        if (document < 0 || Arrays.binarySearch(namedDocuments, document) < 0) {
            return curation.keyElsewhere(raw);
        }
        return curation.keyOf(raw, documents.lookupOrd(document).utf8ToString());
    }
}
