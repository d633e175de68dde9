package org.vigie.report.pdf.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.NameKey;

/**
 * An in-memory entity index over given mentions: counts are made within the asked documents, as
 * the real index does. Entity descriptions (name, aliases, roles) come from {@code known}.
 */
public final class FakeEntityIndex implements EntityIndex {

    private final Map<String, Entity> known;
    private final Map<String, List<Mention>> byDocument = new LinkedHashMap<>();
    private final Map<String, List<Mention>> byEntity = new LinkedHashMap<>();
    /** Whole-corpus answers, computed once, as a real index keeps its aggregates. */
    private List<Entity> allEntities;
    private List<CoOccurrence> allPairs;

    public FakeEntityIndex(Map<String, Entity> known, List<Mention> mentions) {
        this.known = known;
        for (Mention m : mentions) {
            byDocument.computeIfAbsent(m.documentId(), k -> new ArrayList<>()).add(m);
            if (m.entityKey() != null) {
                byEntity.computeIfAbsent(m.entityKey(), k -> new ArrayList<>()).add(m);
            }
        }
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
        String key = NameKey.fold(name);
        return known.values().stream().filter(e -> NameKey.fold(e.name()).equals(key)
                || e.aliases().stream().anyMatch(a -> NameKey.fold(a).equals(key))).findFirst();
    }

    @Override
    public List<Mention> mentions(String entityKey, Collection<String> documentIds, int limit) {
        List<Mention> all = byEntity.getOrDefault(entityKey, List.of());
        if (documentIds.isEmpty()) {
            return all.subList(0, Math.min(limit, all.size()));
        }
        Set<String> ids = Set.copyOf(documentIds);
        return all.stream()
                .filter(m -> ids.isEmpty() || ids.contains(m.documentId())).limit(limit).toList();
    }

    @Override
    public List<CoOccurrence> coOccurrences(Collection<String> documentIds, int limit) {
        if (documentIds.isEmpty()) {
            if (allPairs == null) {
                allPairs = pairs(documentIds, k -> true, Integer.MAX_VALUE);
            }
            return allPairs.stream().limit(limit).toList();
        }
        return pairs(documentIds, k -> true, limit);
    }

    @Override
    public List<CoOccurrence> coOccurrences(String entityKey, Collection<String> documentIds, int limit) {
        return pairs(documentIds, k -> k.contains(entityKey), limit);
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

    private List<Mention> scope(Collection<String> documentIds) {
        if (documentIds.isEmpty()) {
            return byDocument.values().stream().flatMap(List::stream).toList();
        }
        return documentIds.stream().flatMap(id -> byDocument.getOrDefault(id, List.of()).stream()).toList();
    }

    private List<Entity> counted(List<Mention> mentions, Predicate<Mention> which) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Set<String>> documents = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (which.test(m)) {
                counts.computeIfAbsent(m.entityKey(), k -> new int[1])[0]++;
                documents.computeIfAbsent(m.entityKey(), k -> new HashSet<>()).add(m.documentId());
            }
        }
        List<Entity> out = new ArrayList<>();
        counts.forEach((key, n) -> out.add(with(known.get(key), n[0], documents.get(key).size())));
        out.sort(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name));
        return out;
    }

    private List<CoOccurrence> pairs(Collection<String> documentIds, Predicate<String> keep, int limit) {
        List<Mention> mentions = scope(documentIds);
        Map<String, Set<String>> sentences = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.entityKey() != null) {
                sentences.computeIfAbsent(m.documentId() + ":" + m.sentence().begin(), k -> new TreeSet<>()).add(m.entityKey());
            }
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Set<String> keys : sentences.values()) {
            List<String> list = List.copyOf(keys);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    counts.computeIfAbsent(list.get(i) + "\u0000" + list.get(j), k -> new int[1])[0]++;
                }
            }
        }
        Map<String, Entity> entities = new LinkedHashMap<>();
        counted(mentions, m -> m.entityKey() != null).forEach(e -> entities.put(e.key(), e));
        return counts.entrySet().stream().filter(e -> keep.test(e.getKey())).map(e -> {
            String[] keys = e.getKey().split("\u0000");
            return new CoOccurrence(entities.get(keys[0]), entities.get(keys[1]), e.getValue()[0]);
        }).sorted(Comparator.comparingInt(CoOccurrence::sentences).reversed()
                .thenComparing(c -> c.first().name() + c.second().name())).limit(limit).toList();
    }

    private static Entity with(Entity e, int mentions, int documents) {
        return new Entity(e.key(), e.type(), e.name(), e.aliases(), e.roles(), e.affiliations(), mentions, documents);
    }
}
