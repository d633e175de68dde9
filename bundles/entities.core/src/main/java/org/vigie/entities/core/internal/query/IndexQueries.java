package org.vigie.entities.core.internal.query;

import static org.vigie.entities.core.internal.layout.IndexFields.*;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.vigie.entities.core.internal.curation.Curation;
import org.vigie.entities.core.internal.resolution.Resolution;

/** The Lucene queries over the entity index's fields: documents of a kind, of an entity, among documents. */
final class IndexQueries {

    private IndexQueries() {
    }

    /**
     * The documents of one kind that may belong to a curated entity, in the given documents (empty:
     * all): those of every key the analyst's decisions gather into it. When {@link
     * Curation#touches} the entity, hits must still be checked one by one.
     */
    static Query ofEntity(IndexReading reading, String entityKey, String kind, Collection<String> documentIds) {
        Set<String> sources = reading.curation().sourcesOf(entityKey);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (sources.size() == 1) {
            query.add(ofEntity(reading.resolution(), sources.iterator().next(), kind, List.of()), Occur.FILTER);
        } else {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            sources.forEach(raw -> any.add(ofEntity(reading.resolution(), raw, kind, List.of()), Occur.SHOULD));
            query.add(any.build(), Occur.FILTER);
        }
        if (!documentIds.isEmpty()) {
            query.add(reading.search().documents(documentIds), Occur.FILTER);
        }
        return query.build();
    }

    /** The documents of one kind belonging to an entity as {@code resolution} keys it, in the given documents (empty: all). */
    static Query ofEntity(Resolution resolution, String entityKey, String kind, Collection<String> documentIds) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(anyOf(GROUP, resolution.groupsOf(entityKey)), Occur.FILTER);
        Set<String> affiliations = resolution.affiliationsOf(entityKey);
        if (affiliations != null) {
            query.add(anyOf(AFF, affiliations), Occur.FILTER);
        }
        return kinded(query, kind, documentIds);
    }

    /** The documents of one kind, in the given documents (empty: all), matching more clauses. */
    static Query kinded(BooleanQuery.Builder query, String kind, Collection<String> documentIds) {
        query.add(new TermQuery(new Term(KIND, kind)), Occur.FILTER);
        if (!documentIds.isEmpty()) {
            query.add(anyOf(DOC, documentIds), Occur.FILTER);
        }
        return query.build();
    }

    /** The documents of one kind among {@code documentIds} (empty: all), with the question's filter of those documents. */
    static Query of(IndexReading reading, String kind, Collection<String> documentIds) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (!documentIds.isEmpty()) {
            query.add(reading.search().documents(documentIds), Occur.FILTER);
        }
        return kinded(query, kind, List.of());
    }

    /** The documents of one kind among {@code documentIds} (empty: all). */
    static Query of(String kind, Collection<String> documentIds) {
        return kinded(new BooleanQuery.Builder(), kind, documentIds);
    }

    static Query anyOf(String field, Collection<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }
}
