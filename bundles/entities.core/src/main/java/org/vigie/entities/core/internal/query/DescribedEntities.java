package org.vigie.entities.core.internal.query;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.vigie.entities.api.Entity;

/**
 * The entities described so far for one index version, by key and set of documents: the sections
 * of one briefing ask for the same entities again and again, and describing one reads up to
 * {@link EntityQueries#DETAIL_DOCUMENTS} stored documents. Bounded: emptied when full.
 */
final class DescribedEntities {

    static final int MAX = 4096;

    /** An entity over a set of documents; the set's hash computed once (a briefing's set holds 99 199 ids). */
    private record Id(String key, Set<String> scope, int hash) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Id id && hash == id.hash && key.equals(id.key)
                    && (scope == id.scope || scope.equals(id.scope));
        }

        @Override
        public int hashCode() {
            return 31 * key.hashCode() + hash;
        }
    }

    /** The set asked last, and the equal set first seen (so that equal sets asked again compare by identity). */
    private record Seen(Set<String> asked, Set<String> scope, int hash) {
    }

    private final Map<Id, Entity> known = new ConcurrentHashMap<>();
    private final AtomicReference<Seen> seen = new AtomicReference<>(new Seen(Set.of(), Set.of(), 0));

    /** The entity as described over {@code scope} (empty: the whole corpus), described now if new. */
    Entity of(String key, Set<String> scope, Supplier<Entity> describe) {
        Id id = id(key, scope);
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

    private Id id(String key, Set<String> scope) {
        Seen last = seen.get();
        if (last.asked() != scope) {
            int hash = scope.hashCode();
            boolean same = hash == last.hash() && scope.equals(last.scope());
            last = new Seen(scope, same ? last.scope() : scope, hash);
            seen.set(last);
        }
        return new Id(key, last.scope(), last.hash());
    }
}
