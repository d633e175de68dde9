package org.vigie.entities.core.internal;

import static org.vigie.entities.core.internal.IndexFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.NameKey;
import org.vigie.entities.api.Span;

/** Entities, mentions, dates and documents read from the index. */
final class EntityQueries extends IndexReading {

    /** Entity documents read to name an entity and list its aliases, roles and affiliations. */
    static final int DETAIL_DOCUMENTS = 1000;

    private static final Sort TEXT_ORDER = new Sort(new SortField(DOC, SortField.Type.STRING),
            new SortField(BEGIN, SortField.Type.LONG));

    EntityQueries(IndexReading reading) {
        super(reading.searcher, reading.resolution, reading.json);
    }

    List<Entity> entities(Collection<EntityType> types, Collection<String> documentIds, int limit) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (!types.isEmpty()) {
            query.add(anyOf(TYPE, types.stream().map(EntityType::name).toList()), Occur.FILTER);
        }
        Map<String, Tally> tallies = tally(kinded(query, ENTITY, documentIds));
        return ranked(tallies.values(), limit).stream().map(t -> describe(t, documentIds)).toList();
    }

    Optional<Entity> find(String name) {
        int colon = name.indexOf(':');
        if (colon > 0 && name.substring(0, colon).matches("[A-Z][A-Z0-9_]*")) {
            Tally tally = count(name, List.of());
            if (tally.documents > 0) {
                return Optional.of(describe(tally, List.of()));
            }
        }
        String folded = NameKey.fold(name.strip());
        for (String field : List.of(FOLD, ALIAS)) {
            Query query = kinded(new BooleanQuery.Builder().add(new TermQuery(new Term(field, folded)), Occur.FILTER),
                    ENTITY, List.of());
            List<Tally> best = ranked(tally(query).values(), 1);
            if (!best.isEmpty()) {
                return Optional.of(describe(count(best.get(0).key, List.of()), List.of()));
            }
        }
        return Optional.empty();
    }

    /** Mentions and documents of one entity. */
    Tally count(String entityKey, Collection<String> documentIds) {
        return tally(ofEntity(entityKey, ENTITY, documentIds)).getOrDefault(entityKey, new Tally(entityKey));
    }

    /** Names an entity from (at most {@link #DETAIL_DOCUMENTS} of) its entity documents. */
    Entity describe(Tally tally, Collection<String> documentIds) {
        Map<String, Integer> names = new HashMap<>();
        Set<String> aliases = new LinkedHashSet<>();
        Map<String, Integer> roles = new LinkedHashMap<>();
        Map<String, Integer> affiliations = new LinkedHashMap<>();
        for (ScoreDoc hit : top(ofEntity(tally.key, ENTITY, documentIds), DETAIL_DOCUMENTS, null)) {
            EntityData data = data(load(hit.doc), EntityData.class);
            names.merge(data.name(), 1, Integer::sum);
            aliases.addAll(data.aliases());
            data.roles().forEach(role -> roles.merge(role, 1, Integer::sum));
            data.affiliations().forEach(a -> affiliations.merge(a, 1, Integer::sum));
        }
        String name = names.isEmpty() ? tally.key : NameChoice.fullest(names);
        aliases.addAll(names.keySet());
        aliases.remove(name);
        return new Entity(tally.key, typeOf(tally.key), name, List.copyOf(aliases),
                EntityGroup.mostFrequentFirst(roles), EntityGroup.mostFrequentFirst(affiliations),
                (int) tally.mentions, tally.documents);
    }

    List<Mention> mentions(String entityKey, Collection<String> documentIds, int limit) {
        List<Mention> mentions = new ArrayList<>();
        for (ScoreDoc hit : top(ofEntity(entityKey, MENTION, documentIds), limit, TEXT_ORDER)) {
            mentions.add(mention(load(hit.doc), entityKey));
        }
        return mentions;
    }

    List<Mention> dates(Collection<String> documentIds) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TYPE, EntityType.DATE.name())), Occur.FILTER);
        List<Mention> dates = new ArrayList<>();
        for (ScoreDoc hit : top(kinded(query, MARK, documentIds), 0, TEXT_ORDER)) {
            dates.add(mention(load(hit.doc), null));
        }
        return dates;
    }

    Optional<DocumentEntities> document(String documentId) {
        List<ScoreDoc> head = top(kinded(new BooleanQuery.Builder(), RESULT, List.of(documentId)), 1, null);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        ResultData result = data(load(head.get(0).doc), ResultData.class);
        List<Entity> entities = new ArrayList<>();
        for (ScoreDoc hit : top(kinded(new BooleanQuery.Builder(), ENTITY, List.of(documentId)), 0, null)) {
            org.apache.lucene.document.Document doc = load(hit.doc);
            EntityData data = data(doc, EntityData.class);
            String key = resolution.entityKey(doc.get(GROUP), doc.get(AFF));
            entities.add(new Entity(key, typeOf(key), data.name(), data.aliases(), data.roles(), data.affiliations(),
                    doc.getField(MENTIONS).numericValue().intValue(), 1));
        }
        return Optional.of(new DocumentEntities(documentId, entities, dates(List.of(documentId)), result.runs()));
    }

    private Mention mention(org.apache.lucene.document.Document doc, String entityKey) {
        MentionData m = data(doc, MentionData.class);
        String type = entityKey == null ? null : entityKey.substring(0, entityKey.indexOf(':'));
        return new Mention(doc.get(DOC), entityKey, type == null ? markType(doc) : EntityType.of(type),
                new Span(m.begin(), m.end()), m.text(), m.value(), m.features(),
                new Span(m.sentenceBegin(), m.sentenceEnd()), m.sentence());
    }

    private static EntityType markType(org.apache.lucene.document.Document doc) {
        return EntityType.of(doc.get(TYPE));
    }

    static EntityType typeOf(String key) {
        return EntityType.of(key.substring(0, key.indexOf(':')));
    }

    /** The first {@code limit} hits (0: all) in index order or in {@code sort} order. */
    private List<ScoreDoc> top(Query query, int limit, Sort sort) {
        try {
            int count = searcher.count(query);
            int n = limit <= 0 ? count : Math.min(limit, count);
            if (n == 0) {
                return List.of();
            }
            ScoreDoc[] hits = sort == null ? searcher.search(query, n, Sort.INDEXORDER).scoreDocs
                    : searcher.search(query, n, sort).scoreDocs;
            return List.of(hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
