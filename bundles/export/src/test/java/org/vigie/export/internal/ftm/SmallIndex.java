package org.vigie.export.internal.ftm;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.Span;
import org.vigie.testing.FakeEntityIndex;

/** The shared fake index fed sentence by sentence; counts its calls for an entity's mentions. */
final class SmallIndex extends FakeEntityIndex {

    private final Map<String, Entity> described = new HashMap<>();
    int mentionCalls;

    @Override
    public SmallIndex entity(Entity e) {
        described.put(e.key(), e);
        super.entity(e);
        return this;
    }

    /** A mention of an entity (by key; null for a DATE with {@code value}) in sentence {@code n} of a document. */
    SmallIndex mention(String doc, int n, String key, String value, Map<String, String> features) {
        Entity e = key == null ? null : Objects.requireNonNull(described.get(key), key);
        String text = e == null ? value : e.name();
        mention(new Mention(doc, key, e == null ? EntityType.DATE : e.type(), new Span(n * 100, n * 100 + 1), text, text,
                features, new Span(n * 100, n * 100 + 99), "Phrase " + n + " : " + text + "."));
        return this;
    }

    @Override
    public List<Mention> mentions(String entityKey, Collection<String> documentIds, int limit) {
        mentionCalls++;
        return super.mentions(entityKey, documentIds, limit);
    }
}
