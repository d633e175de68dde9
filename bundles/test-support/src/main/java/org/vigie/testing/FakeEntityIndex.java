package org.vigie.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.NameKey;
import org.vigie.entities.api.Span;

/**
 * An in-memory entity index over given mentions, answering as the real one does: counts are made
 * within the asked documents, entities most mentioned first (then by name), pairs counted by shared
 * sentence (or given by hand), dates are the DATE mentions. Entity descriptions (name, aliases,
 * roles) come from the entities given; an entity only mentioned is named by its first mention's
 * text. Built by hand with {@link #entity} and {@link #mention}; tests that count calls or
 * misbehave on purpose subclass it.
 */
public class FakeEntityIndex implements EntityIndex {

    private final Map<String, Entity> known = new LinkedHashMap<>();
    private final Map<String, List<Mention>> byDocument = new LinkedHashMap<>();
    private final Map<String, List<Mention>> byEntity = new LinkedHashMap<>();
    /** Whole-corpus answers, computed once, as a real index keeps its aggregates. */
    private List<Entity> allEntities;
    private List<CoOccurrence> allPairs;
    private final List<CoOccurrence> givenPairs = new ArrayList<>();

    public FakeEntityIndex() {
    }

    /** An index of {@code mentions}, its entities described by {@code known} (by key). */
    public FakeEntityIndex(Map<String, Entity> known, List<Mention> mentions) {
        this.known.putAll(known);
        mentions.forEach(this::add);
    }

    /** Describes an entity (name, aliases, roles); its counts are made from its mentions. */
    public FakeEntityIndex entity(Entity entity) {
        known.put(entity.key(), entity);
        allEntities = null;
        allPairs = null;
        return this;
    }

    /** Adds a stored mention (an entity's, or a DATE or QUANTITY without an entity key). */
    public FakeEntityIndex mention(Mention m) {
        add(m);
        return this;
    }

    private void add(Mention m) {
        byDocument.computeIfAbsent(m.documentId(), k -> new ArrayList<>()).add(m);
        if (m.entityKey() != null) {
            byEntity.computeIfAbsent(m.entityKey(), k -> new ArrayList<>()).add(m);
            known.putIfAbsent(m.entityKey(), new Entity(m.entityKey(), m.type(), m.text(), List.of(), List.of(), List.of(), 0, 0));
        }
        allEntities = null;
        allPairs = null;
    }

    /**
     * Gives a co-occurrence by hand: once one is given, the pairs are those given (whatever the
     * documents asked), no longer the ones found in the mentions' sentences.
     */
    public FakeEntityIndex pair(CoOccurrence pair) {
        givenPairs.add(pair);
        allPairs = null;
        return this;
    }

    /**
     * A mention of {@code entity} (its name) in {@code sentence}, which starts at {@code at} in
     * {@code document}; describes the entity too when it is not yet.
     */
    public FakeEntityIndex mention(Entity entity, String document, int at, String sentence) {
        known.putIfAbsent(entity.key(), entity);
        int begin = at + Math.max(0, sentence.indexOf(entity.name()));
        return mention(new Mention(document, entity.key(), entity.type(), new Span(begin, begin + entity.name().length()),
                entity.name(), entity.name(), Map.of(), new Span(at, at + sentence.length()), sentence));
    }

    /** A DATE mention of {@code text} (normalised to {@code value}) at {@code begin} in {@code document}. */
    public FakeEntityIndex date(String document, int begin, String text, String value) {
        Span span = new Span(begin, begin + text.length());
        return mention(new Mention(document, null, EntityType.DATE, span, text, value, Map.of(), span, text));
    }

    @Override
    public List<Entity> entities(Collection<EntityType> types, Collection<String> documentIds, int limit) {
        if (documentIds.isEmpty()) {
            if (allEntities == null) {
                allEntities = counted(scope(documentIds), m -> m.entityKey() != null);
            }
            return allEntities.stream().filter(e -> types.isEmpty() || types.contains(e.type())).limit(limit).toList();
        }
        return counted(scope(documentIds), m -> m.entityKey() != null && (types.isEmpty() || types.contains(m.type())))
                .stream().limit(limit).toList();
    }

    @Override
    public Optional<Entity> find(String name) {
        String folded = NameKey.fold(name);
        return Optional.ofNullable(known.get(name)) // a key, as the real index takes one
                .or(() -> known.values().stream().filter(e -> NameKey.fold(e.name()).equals(folded)
                        || e.aliases().stream().anyMatch(a -> NameKey.fold(a).equals(folded))).findFirst())
                .map(e -> counted(byEntity.getOrDefault(e.key(), List.of()), m -> true).stream().findFirst().orElse(e));
    }

    @Override
    public List<Mention> mentions(String entityKey, Collection<String> documentIds, int limit) {
        return byEntity.getOrDefault(entityKey, List.of()).stream()
                .filter(m -> documentIds.isEmpty() || documentIds.contains(m.documentId())).limit(limit).toList();
    }

    @Override
    public Set<String> documents(String entityKey) {
        Set<String> documents = new LinkedHashSet<>();
        byEntity.getOrDefault(entityKey, List.of()).forEach(m -> documents.add(m.documentId()));
        return documents;
    }

    @Override
    public List<CoOccurrence> coOccurrences(Collection<String> documentIds, int limit) {
        if (documentIds.isEmpty()) {
            if (allPairs == null) {
                allPairs = pairs(documentIds, pair -> true, Integer.MAX_VALUE);
            }
            return allPairs.stream().limit(limit).toList();
        }
        return pairs(documentIds, pair -> true, limit);
    }

    @Override
    public List<CoOccurrence> coOccurrences(String entityKey, Collection<String> documentIds, int limit) {
        return pairs(documentIds, pair -> pair.contains(entityKey), limit).stream() // the entity first, as the real index
                .map(c -> c.first().key().equals(entityKey) ? c : new CoOccurrence(c.second(), c.first(), c.sentences())).toList();
    }

    @Override
    public List<Mention> dates(Collection<String> documentIds) {
        return scope(documentIds).stream().filter(m -> m.type().equals(EntityType.DATE)).toList();
    }

    @Override
    public Optional<DocumentEntities> document(String documentId) {
        List<Mention> mentions = byDocument.get(documentId);
        if (mentions == null) {
            return Optional.empty();
        }
        return Optional.of(new DocumentEntities(documentId, counted(mentions, m -> m.entityKey() != null),
                mentions.stream().filter(m -> m.type().equals(EntityType.DATE)).toList(), List.of()));
    }

    @Override
    public List<Mention> mentions(String documentId) {
        return byDocument.getOrDefault(documentId, List.of()).stream().filter(m -> m.entityKey() != null)
                .sorted(Comparator.comparingInt((Mention m) -> m.span().begin()).thenComparingInt(m -> m.span().end()))
                .toList();
    }

    private List<Mention> scope(Collection<String> documentIds) {
        if (documentIds.isEmpty()) {
            return byDocument.values().stream().flatMap(List::stream).toList();
        }
        return documentIds.stream().distinct().flatMap(id -> byDocument.getOrDefault(id, List.of()).stream()).toList();
    }

    private List<Entity> counted(List<Mention> mentions, Predicate<Mention> which) {
        Map<String, List<Mention>> byKey = new LinkedHashMap<>();
        mentions.stream().filter(which).forEach(m -> byKey.computeIfAbsent(m.entityKey(), k -> new ArrayList<>()).add(m));
        List<Entity> out = new ArrayList<>();
        byKey.forEach((key, of) -> out.add(with(known.get(key), of.size(),
                (int) of.stream().map(Mention::documentId).distinct().count())));
        out.sort(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name));
        return out;
    }

    /** Pairs of entities named in one sentence (a mention without a sentence pairs with none), or those given. */
    private List<CoOccurrence> pairs(Collection<String> documentIds, Predicate<List<String>> keep, int limit) {
        if (!givenPairs.isEmpty()) {
            return givenPairs.stream().filter(p -> keep.test(List.of(p.first().key(), p.second().key()))).limit(limit).toList();
        }
        List<Mention> mentions = scope(documentIds);
        Map<String, Entity> entities = new LinkedHashMap<>();
        counted(mentions, m -> m.entityKey() != null).forEach(e -> entities.put(e.key(), e));
        return SentencePairs.of(mentions, entities, keep, limit);
    }

    private static Entity with(Entity e, int mentions, int documents) {
        return new Entity(e.key(), e.type(), e.name(), e.aliases(), e.roles(), e.affiliations(), mentions, documents);
    }
}
