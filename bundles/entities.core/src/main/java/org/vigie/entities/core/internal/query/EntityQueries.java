package org.vigie.entities.core.internal.query;

import static org.vigie.entities.core.internal.layout.IndexFields.*;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.NameKey;
import org.vigie.entities.core.internal.layout.EntityJson;
import org.vigie.entities.core.internal.query.Tallies.Tally;
import org.vigie.entities.core.internal.resolution.EntityGroup;
import org.vigie.entities.core.internal.resolution.NameChoice;

/**
 * Entities (listed, found, described) and the documents naming one, read from the index. Just
 * over 150 lines and whole: listing, finding and counting all end in the one description of an
 * entity (its corpus-wide name, aliases, roles and affiliations).
 */
public final class EntityQueries {

    /** Entity documents read to name an entity and list its aliases, roles and affiliations. */
    public static final int DETAIL_DOCUMENTS = 1000;

    private final IndexReading reading;
    private final Tallies tallies;
    private final Supplier<CorpusNames> corpusNames;
    private final DocumentTexts texts;
    private final DescribedEntities described;
    private final List<Long> version;

    /**
     * {@code corpusNames}: the canonical names of the reading's index version, read on first use;
     * {@code texts}: where the sentences of the mentions shown are cut from; {@code described}: the
     * entities of this index version and decisions described before; {@code version}: the index
     * version and the log revision.
     */
    EntityQueries(IndexReading reading, Supplier<CorpusNames> corpusNames, DocumentTexts texts,
            DescribedEntities described, List<Long> version) {
        this.version = version;
        this.reading = reading;
        this.tallies = reading.tallies();
        this.corpusNames = corpusNames;
        this.texts = texts;
        this.described = described;
    }

    List<Entity> entities(Collection<EntityType> types, Collection<String> documentIds, int limit) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (!types.isEmpty() && !reading.curation().retypes()) {
            query.add(IndexQueries.anyOf(TYPE, types.stream().map(EntityType::name).toList()), Occur.FILTER);
        }
        Map<String, Tally> counted = tallies.tally(IndexQueries.kinded(query, ENTITY, documentIds));
        if (!types.isEmpty()) { // a retype moves an entity to another type: filter on the curated key's
            counted.keySet().removeIf(key -> key.isEmpty() || !types.contains(typeOf(key)));
        }
        Set<String> scope = Set.copyOf(documentIds);
        return Tallies.ranked(counted.values(), limit).stream()
                .map(t -> described.of(t.key, scope, () -> describe(t, documentIds))).toList();
    }

    Optional<Entity> find(String name) {
        int colon = name.indexOf(':');
        if (colon > 0 && name.substring(0, colon).matches("[A-Z][A-Z0-9_]*")) {
            Tally tally = count(reading.resolution().keyOf(name), List.of()); // a merged group's key: its entity
            if (tally.documents > 0) {
                return Optional.of(describe(tally, List.of()));
            }
        }
        for (String named : reading.curation().named(name)) { // a name the analyst gave
            Tally tally = count(named, List.of());
            if (tally.documents > 0) {
                return Optional.of(described.of(named, Set.of(), () -> describe(tally, List.of())));
            }
        }
        String folded = NameKey.fold(name.strip());
        List<String> groups = reading.search().terms(TYPE).stream().map(type -> type + ":" + folded).toList();
        List<Query> questions = List.of(IndexQueries.anyOf(GROUP, groups), new TermQuery(new Term(ALIAS, folded)));
        for (Query question : questions) {
            Query query = IndexQueries.kinded(new BooleanQuery.Builder().add(question, Occur.FILTER), ENTITY, List.of());
            List<Tally> best = Tallies.ranked(tallies.tally(query).values(), 1);
            if (!best.isEmpty()) {
                String key = best.get(0).key;
                return Optional.of(described.of(key, Set.of(), () -> describe(count(key, List.of()), List.of())));
            }
        }
        return Optional.empty();
    }

    /** Mentions and documents of one entity. */
    Tally count(String entityKey, Collection<String> documentIds) {
        return tallies.tally(ofEntity(entityKey, documentIds)).getOrDefault(entityKey, new Tally(entityKey));
    }

    /** An entity described over the given documents ({@code scope} as a set; empty: all), described once per version. */
    Entity described(String entityKey, Collection<String> documentIds, Set<String> scope) {
        return described.of(entityKey, scope, () -> describe(count(entityKey, documentIds), documentIds));
    }

    /**
     * Describes an entity: its name chosen among every document's spelling across the corpus (doc
     * values), its aliases, roles and affiliations from (at most {@link #DETAIL_DOCUMENTS} of) its
     * entity documents in {@code documentIds}.
     */
    Entity describe(Tally tally, Collection<String> documentIds) {
        Map<String, Integer> names = tallies.spellings(ofEntity(tally.key, List.of())).getOrDefault(tally.key, Map.of());
        Set<String> aliases = new LinkedHashSet<>();
        Map<String, Integer> roles = new LinkedHashMap<>();
        Map<String, Integer> affiliations = new LinkedHashMap<>();
        for (int hit : EntityHits.of(reading, tally.key, documentIds, DETAIL_DOCUMENTS, false)) {
            EntityJson.Naming data = reading.stored().naming(reading.search().load(hit));
            aliases.add(data.name());
            aliases.addAll(data.aliases());
            data.roles().forEach(role -> roles.merge(role, 1, Integer::sum));
            data.affiliations().forEach(a -> affiliations.merge(a, 1, Integer::sum));
        }
        String given = reading.curation().nameOf(tally.key);
        String name = given != null ? given : names.isEmpty() ? tally.key : NameChoice.of(tally.key, names);
        aliases.addAll(names.keySet());
        aliases.remove(name);
        return new Entity(tally.key, typeOf(tally.key), name, List.copyOf(aliases),
                EntityGroup.mostFrequentFirst(roles), EntityGroup.mostFrequentFirst(affiliations),
                (int) tally.mentions, tally.documents);
    }

    /** The documents mentioning an entity, in document order, from doc values. */
    Set<String> documents(String entityKey) {
        return EntityDocuments.of(reading, ofEntity(entityKey, List.of()), entityKey);
    }

    /** The {@code entity} documents of an entity in the given documents (empty: all). */
    Query ofEntity(String entityKey, Collection<String> documentIds) {
        return IndexQueries.ofEntity(reading, entityKey, ENTITY, documentIds);
    }

    /** The index version and the curation log's revision this question reads. */
    List<Long> version() {
        return version;
    }

    IndexReading reading() {
        return reading;
    }

    static EntityType typeOf(String key) {
        return EntityType.of(key.substring(0, key.indexOf(':')));
    }

    /** Mentions, dates and one document's entities, over the same reading. */
    MentionQueries mentionQueries() {
        return new MentionQueries(reading, corpusNames, texts);
    }
}
