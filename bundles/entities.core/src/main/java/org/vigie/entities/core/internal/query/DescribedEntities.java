package org.vigie.entities.core.internal.query;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.vigie.entities.api.Entity;

/**
 * The entities described so far for one index version, by key and set of documents: the sections
 * of one briefing ask for the same entities again and again, and describing one reads up to
 * {@link EntityQueries#DETAIL_DOCUMENTS} stored documents. Bounded: emptied when full.
 */
final class DescribedEntities {

    static final int MAX = 4096;

    private final Map<List<Object>, Entity> known = new ConcurrentHashMap<>();

    /** The entity as described over {@code scope} (empty: the whole corpus), described now if new. */
    Entity of(String key, Set<String> scope, Supplier<Entity> describe) {
        List<Object> id = List.of(key, scope);
        Entity entity = known.get(id);
        if (entity == null) {
            entity = describe.get();
            if (known.size() >= MAX) {
                known.clear();
            }
            known.put(id, entity);
        }
        return entity;
    }
}
