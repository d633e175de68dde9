package org.vigie.export.internal.stix;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.Span;

/**
 * An entity index built by hand: entities named in sentences of documents, each sentence making
 * one mention (with features), the co-occurrences given. Counts its calls per document.
 */
final class StixFakeIndex implements EntityIndex {

    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<CoOccurrence> pairs = new ArrayList<>();
    int documentCalls;

    /** Adds an entity named {@code name} in {@code sentence} of {@code document}. */
    StixFakeIndex add(String document, EntityType type, String name, List<String> roles, String sentence,
            Map<String, String> features) {
        String key = type.name() + ":" + name.toLowerCase(java.util.Locale.ROOT);
        entities.putIfAbsent(key, new Entity(key, type, name, List.of(), roles, List.of(), 1, 1));
        int at = Math.max(0, sentence.indexOf(name));
        mentions.add(new Mention(document, key, type, new Span(100 + at, 100 + at + name.length()), name,
                features.getOrDefault("value", name), features, new Span(100, 100 + sentence.length()), sentence));
        return this;
    }

    /** Adds a co-occurrence of two added entities. */
    StixFakeIndex pair(String firstName, String secondName, int sentences) {
        pairs.add(new CoOccurrence(named(firstName), named(secondName), sentences));
        return this;
    }

    Entity named(String name) {
        return entities.values().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Override
    public List<Entity> entities(Collection<EntityType> types, Collection<String> documentIds, int limit) {
        return List.copyOf(entities.values());
    }

    @Override
    public Optional<Entity> find(String name) {
        return Optional.empty();
    }

    @Override
    public List<Mention> mentions(String entityKey, Collection<String> documentIds, int limit) {
        return mentions.stream().filter(m -> m.entityKey().equals(entityKey)).limit(limit).toList();
    }

    @Override
    public List<CoOccurrence> coOccurrences(Collection<String> documentIds, int limit) {
        return List.copyOf(pairs);
    }

    @Override
    public List<CoOccurrence> coOccurrences(String entityKey, Collection<String> documentIds, int limit) {
        return List.of();
    }

    @Override
    public List<Mention> dates(Collection<String> documentIds) {
        return List.of();
    }

    @Override
    public Optional<DocumentEntities> document(String documentId) {
        documentCalls++;
        List<Entity> named = mentions.stream().filter(m -> m.documentId().equals(documentId))
                .map(m -> entities.get(m.entityKey())).distinct().toList();
        return Optional.of(new DocumentEntities(documentId, named, List.of(), List.of()));
    }
}
