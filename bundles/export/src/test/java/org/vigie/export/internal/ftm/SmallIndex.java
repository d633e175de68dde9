package org.vigie.export.internal.ftm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.NameKey;
import org.vigie.entities.api.Span;

/** An entity index over mentions given by hand, sentence by sentence; answers as the real one does. */
final class SmallIndex implements EntityIndex {

    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    int mentionCalls;

    SmallIndex entity(Entity e) {
        entities.put(e.key(), e);
        return this;
    }

    /** A mention of an entity (by key; null for a DATE with {@code value}) in sentence {@code n} of a document. */
    SmallIndex mention(String doc, int n, String key, String value, Map<String, String> features) {
        Entity e = key == null ? null : Objects.requireNonNull(entities.get(key), key);
        Span sentence = new Span(n * 100, n * 100 + 99);
        String text = e == null ? value : e.name();
        mentions.add(new Mention(doc, key, e == null ? EntityType.DATE : e.type(), new Span(n * 100, n * 100 + 1), text,
                e == null ? value : e.name(), features, sentence, "Phrase " + n + " : " + text + "."));
        return this;
    }

    private boolean in(Mention m, Collection<String> documentIds) {
        return documentIds.isEmpty() || documentIds.contains(m.documentId());
    }

    @Override
    public List<Entity> entities(Collection<EntityType> types, Collection<String> documentIds, int limit) {
        return entities.values().stream().filter(e -> mentions.stream().anyMatch(m -> e.key().equals(m.entityKey()) && in(m, documentIds)))
                .limit(limit).toList();
    }

    @Override
    public Optional<Entity> find(String name) {
        String folded = NameKey.fold(name);
        return entities.values().stream().filter(e -> NameKey.fold(e.name()).equals(folded)
                || e.aliases().stream().anyMatch(a -> NameKey.fold(a).equals(folded))).findFirst();
    }

    @Override
    public List<Mention> mentions(String entityKey, Collection<String> documentIds, int limit) {
        mentionCalls++;
        return mentions.stream().filter(m -> entityKey.equals(m.entityKey()) && in(m, documentIds)).limit(limit).toList();
    }

    @Override
    public List<CoOccurrence> coOccurrences(Collection<String> documentIds, int limit) {
        throw new UnsupportedOperationException("the FtM export asks for one entity's co-occurrences");
    }

    @Override
    public List<CoOccurrence> coOccurrences(String entityKey, Collection<String> documentIds, int limit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : mentions(entityKey, documentIds, Integer.MAX_VALUE)) {
            mentions.stream().filter(o -> o.entityKey() != null && !o.entityKey().equals(entityKey)
                    && o.documentId().equals(m.documentId()) && o.sentence().equals(m.sentence()))
                    .forEach(o -> counts.merge(o.entityKey(), 1, Integer::sum));
        }
        return counts.entrySet().stream().map(c -> new CoOccurrence(entities.get(entityKey), entities.get(c.getKey()), c.getValue()))
                .limit(limit).toList();
    }

    @Override
    public List<Mention> dates(Collection<String> documentIds) {
        return mentions.stream().filter(m -> m.entityKey() == null && in(m, documentIds)).toList();
    }

    @Override
    public Optional<DocumentEntities> document(String documentId) {
        List<Entity> named = entities.values().stream().filter(e -> mentions.stream()
                .anyMatch(m -> e.key().equals(m.entityKey()) && m.documentId().equals(documentId))).toList();
        return Optional.of(new DocumentEntities(documentId, named, dates(List.of(documentId)), List.of()));
    }
}
