package org.vigie.web.internal.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.Span;
import org.vigie.testing.FakeEntityIndex;

/**
 * The shared fake index holding stand-off mentions as the extraction stored them (no sentence,
 * each entity named by its first mention). Records which documents each {@link #entities} call
 * was restricted to.
 */
final class SpanIndex extends FakeEntityIndex {

    final List<Collection<String>> asked = new ArrayList<>();

    /** Adds a mention of {@code type}:{@code text} at {@code begin} in {@code documentId}'s text. */
    SpanIndex mention(String documentId, String text, int begin, EntityType type) {
        mention(new Mention(documentId, type.isEntity() ? type.name() + ":" + text.toLowerCase() : null, type,
                new Span(begin, begin + text.length()), text, null, Map.of(), null, null));
        return this;
    }

    @Override
    public List<Entity> entities(Collection<EntityType> types, Collection<String> documentIds, int limit) {
        asked.add(List.copyOf(documentIds));
        return super.entities(types, documentIds, limit);
    }
}
