package org.vigie.export.internal.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;

/**
 * An entity index of the given entities, each named in every document ({@code i + 1} mentions of
 * the i-th there), each pair of neighbours sharing {@code i + 1} sentences, plus one pair with an
 * entity the selection does not have; counts its calls.
 */
final class GraphIndex implements EntityIndex {

    final List<Entity> entities = new ArrayList<>();
    final Entity stranger = entity("PERSON:absent", "Absent", 1);
    int documentCalls;

    GraphIndex(String... names) {
        for (int i = 0; i < names.length; i++) {
            entities.add(entity((i % 2 == 0 ? "PERSON:" : "ORGANIZATION:") + names[i].toLowerCase(), names[i], i + 1));
        }
    }

    private static Entity entity(String key, String name, int mentions) {
        EntityType type = EntityType.of(key.substring(0, key.indexOf(':')));
        return new Entity(key, type, name, List.of(name + " alias", "& <co>"), List.of(), List.of(), mentions * 3, 3);
    }

    /** The pairs {@link #coOccurrences} answers that join two of the entities. */
    int pairs() {
        return Math.max(0, entities.size() - 1);
    }

    @Override
    public List<Entity> entities(Collection<EntityType> types, Collection<String> documentIds, int limit) {
        return entities;
    }

    @Override
    public List<CoOccurrence> coOccurrences(Collection<String> documentIds, int limit) {
        List<CoOccurrence> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < entities.size(); i++) {
            pairs.add(new CoOccurrence(entities.get(i), entities.get(i + 1), i + 1));
        }
        if (!entities.isEmpty()) {
            pairs.add(new CoOccurrence(entities.get(0), stranger, 9));
        }
        return pairs;
    }

    @Override
    public Optional<DocumentEntities> document(String documentId) {
        documentCalls++;
        List<Entity> here = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            here.add(new Entity(e.key(), e.type(), e.name(), List.of(), List.of(), List.of(), i + 1, 1));
        }
        here.add(stranger);
        return Optional.of(new DocumentEntities(documentId, here, List.of(), List.of()));
    }

    @Override
    public Optional<Entity> find(String name) {
        return Optional.empty();
    }

    @Override
    public List<Mention> mentions(String entityKey, Collection<String> documentIds, int limit) {
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
