package org.vigie.entities.core.internal.query;

import static org.vigie.entities.core.internal.layout.IndexFields.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.core.internal.resolution.EntityGroup;
import org.vigie.entities.core.internal.resolution.Resolution;

/** Reads, from the PERSON entity documents that give an affiliation, how to tell same-name people apart. */
final class AffiliationEvidence {

    private AffiliationEvidence() {
    }

    /** The {@link Resolution} of index {@code version}, from the documents per (group, affiliation). */
    static Resolution read(Searching search, StoredJson stored, long version) {
        Map<String, Map<String, Integer>> affiliations = new HashMap<>();
        BooleanQuery.Builder persons = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TYPE, EntityType.PERSON.name())), Occur.FILTER)
                .add(new TermQuery(new Term(AFF, EntityGroup.NO_AFFILIATION)), Occur.MUST_NOT);
        search.visit(IndexQueries.kinded(persons, ENTITY, List.of()), segment -> {
            SortedDocValues groups = DocValues.getSorted(segment.reader(), GROUP);
            SortedDocValues affs = DocValues.getSorted(segment.reader(), AFF);
            return doc -> affiliations.computeIfAbsent(DocValueReading.text(groups, doc), g -> new HashMap<>())
                    .merge(DocValueReading.text(affs, doc), 1, Integer::sum);
        });
        return Resolution.of(affiliations, (split, evidence) -> DeclaredLinks.read(search, stored, split, evidence), version);
    }
}
