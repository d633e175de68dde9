package org.vigie.entities.core.internal.query;

import static org.vigie.entities.core.internal.layout.IndexFields.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * The entity documents of one entity, to load: straight from the query when no decision touches
 * the entity, checked one by one against the curated keys when decisions move mentions in or out
 * of it (a merge, a split, a reject in one document).
 */
final class EntityHits {

    private static final Sort BY_DOCUMENT = new Sort(new SortField(DOC, SortField.Type.STRING));

    private record Hit(String document, int doc) {
    }

    private EntityHits() {
    }

    /** Index doc ids, at most {@code limit} (0: all), in index order or, {@code byDocument}, in document order. */
    static List<Integer> of(IndexReading reading, String key, Collection<String> documentIds, int limit,
            boolean byDocument) {
        var query = IndexQueries.ofEntity(reading, key, ENTITY, documentIds);
        if (!reading.curation().touches(key)) {
            return reading.search().top(query, limit, byDocument ? BY_DOCUMENT : null).stream().map(h -> h.doc).toList();
        }
        List<Hit> hits = new ArrayList<>();
        reading.search().visit(query, segment -> {
            SegmentKeys keys = reading.keys(segment.reader());
            SortedDocValues documents = DocValues.getSorted(segment.reader(), DOC);
            int base = segment.docBase;
            return doc -> {
                if (key.equals(keys.keyOf(doc))) {
                    hits.add(new Hit(byDocument ? DocValueReading.text(documents, doc) : "", base + doc));
                }
            };
        });
        if (byDocument) {
            hits.sort(Comparator.comparing(Hit::document).thenComparingInt(Hit::doc));
        }
        return hits.stream().limit(limit <= 0 ? Long.MAX_VALUE : limit).map(Hit::doc).toList();
    }
}
