package org.vigie.web.internal.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
 * An entity index holding the stand-off mentions it is given, as the extraction stored them: one
 * entity per key, counted over the documents it is mentioned in. Records which documents each
 * {@link #entities} call was restricted to.
 */
final class SpanIndex implements EntityIndex {

    private final Map<String, List<Mention>> byDocument = new LinkedHashMap<>();
    private final Map<String, List<Mention>> datesByDocument = new LinkedHashMap<>();
    final List<Collection<String>> asked = new ArrayList<>();

    /** Adds a mention of {@code type}:{@code text} at {@code begin} in {@code documentId}'s text. */
    SpanIndex mention(String documentId, String text, int begin, EntityType type) {
        Mention mention = new Mention(documentId, type.name() + ":" + text.toLowerCase(), type,
                new Span(begin, begin + text.length()), text, null, Map.of(), null, null);
        (type.isEntity() ? byDocument : datesByDocument).computeIfAbsent(documentId, d -> new ArrayList<>()).add(mention);
        return this;
    }

    @Override
    public List<Entity> entities(Collection<EntityType> types, Collection<String> documentIds, int limit) {
        asked.add(List.copyOf(documentIds));
        Map<String, List<Mention>> byKey = new LinkedHashMap<>();
        byDocument.forEach((doc, mentions) -> {
            if (documentIds.isEmpty() || documentIds.contains(doc)) {
                mentions.forEach(m -> byKey.computeIfAbsent(m.entityKey(), k -> new ArrayList<>()).add(m));
            }
        });
        return byKey.values().stream().map(SpanIndex::entity)
                .sorted(Comparator.comparingInt(Entity::mentions).reversed()).limit(limit).toList();
    }

    private static Entity entity(List<Mention> mentions) {
        Mention first = mentions.get(0);
        long documents = mentions.stream().map(Mention::documentId).distinct().count();
        return new Entity(first.entityKey(), first.type(), first.text(), List.of(), List.of(), List.of(), mentions.size(),
                (int) documents);
    }

    @Override
    public Optional<DocumentEntities> document(String documentId) {
        if (!byDocument.containsKey(documentId) && !datesByDocument.containsKey(documentId)) {
            return Optional.empty();
        }
        List<Entity> entities = entities(List.of(), List.of(documentId), Integer.MAX_VALUE);
        asked.remove(asked.size() - 1);
        return Optional.of(new DocumentEntities(documentId, entities, datesByDocument.getOrDefault(documentId, List.of()),
                List.of()));
    }

    @Override
    public List<Mention> mentions(String documentId) {
        return byDocument.getOrDefault(documentId, List.of());
    }

    @Override
    public Optional<Entity> find(String name) {
        return Optional.empty();
    }

    @Override
    public List<Mention> mentions(String entityKey, Collection<String> documentIds, int limit) {
        return byDocument.values().stream().flatMap(List::stream).filter(m -> m.entityKey().equals(entityKey)).limit(limit).toList();
    }

    @Override
    public List<CoOccurrence> coOccurrences(Collection<String> documentIds, int limit) {
        return List.of();
    }

    @Override
    public List<CoOccurrence> coOccurrences(String entityKey, Collection<String> documentIds, int limit) {
        return List.of();
    }

    @Override
    public List<Mention> dates(Collection<String> documentIds) {
        return List.of();
    }
}
