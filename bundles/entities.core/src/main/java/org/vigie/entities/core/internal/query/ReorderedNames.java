package org.vigie.entities.core.internal.query;

import static org.vigie.entities.core.internal.layout.IndexFields.*;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.vigie.entities.api.NameKey;
import org.vigie.entities.core.internal.layout.IndexFields.EntityData;
import org.vigie.entities.core.internal.resolution.NameOrder;

/**
 * Reads which PERSON names of the same words in another order share a role or an affiliation
 * ({@link NameOrder}). The group terms are scanned (no document is read) and only the entity
 * documents of names that have a reordering are loaded.
 */
final class ReorderedNames {

    private ReorderedNames() {
    }

    /** Group to the reordered groups it is linked with; groups in {@code split} take no part. */
    static Map<String, Set<String>> read(Searching search, StoredJson stored, Set<String> split) {
        List<String> persons = search.terms(GROUP).stream()
                .filter(g -> g.startsWith("PERSON:") && !split.contains(g)).toList();
        Collection<List<String>> reorderings = NameOrder.reorderings(persons);
        if (reorderings.isEmpty()) {
            return Map.of();
        }
        List<String> candidates = reorderings.stream().flatMap(List::stream).toList();
        Map<String, Set<String>> roles = new HashMap<>();
        Map<String, Set<String>> affiliations = new HashMap<>();
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(IndexQueries.anyOf(GROUP, candidates), Occur.FILTER);
        for (ScoreDoc hit : search.top(IndexQueries.kinded(query, ENTITY, List.of()), 0, null)) {
            EntityData data = stored.data(search.load(hit.doc), EntityData.class);
            data.roles().forEach(r -> roles.computeIfAbsent(data.group(), g -> new TreeSet<>()).add(NameKey.fold(r)));
            data.affiliations().forEach(a -> affiliations.computeIfAbsent(data.group(), g -> new TreeSet<>()).add(NameKey.fold(a)));
        }
        return NameOrder.links(reorderings, g -> roles.getOrDefault(g, Set.of()), g -> affiliations.getOrDefault(g, Set.of()));
    }
}
