package org.vigie.entities.core.internal.query;

import static org.vigie.entities.core.internal.layout.IndexFields.DOC;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;

/** The documents an entity is mentioned in. */
final class EntityDocuments {

    private EntityDocuments() {
    }

    /**
     * The documents mentioning an entity, in document order, from doc values: the documents'
     * ordinals are gathered per segment first, then decoded in ordinal order (the terms read in
     * sequence, not sought one by one).
     * {@code query}: the entity's {@code entity} documents.
     */
    static Set<String> of(IndexReading reading, Query query, String entityKey) {
        List<SortedDocValues> segments = new ArrayList<>();
        List<FixedBitSet> ordinals = new ArrayList<>();
        reading.search().visit(query, segment -> {
            SegmentKeys keys = reading.keys(segment.reader());
            SortedDocValues ids = DocValues.getSorted(segment.reader(), DOC);
            FixedBitSet seen = new FixedBitSet(Math.max(1, ids.getValueCount()));
            segments.add(ids);
            ordinals.add(seen);
            return doc -> {
                if (entityKey.equals(keys.keyOf(doc)) && ids.advanceExact(doc)) {
                    seen.set(ids.ordValue());
                }
            };
        });
        List<String> documents = new ArrayList<>();
        try {
            for (int i = 0; i < segments.size(); i++) {
                DocValueReading.texts(segments.get(i), ordinals.get(i), documents::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        documents.sort(null);
        return new LinkedHashSet<>(documents);
    }

}
