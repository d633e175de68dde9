package org.vigie.export.internal.stix;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.Span;
import org.vigie.testing.FakeEntityIndex;

/**
 * The shared fake index fed one mention per sentence (with features), the co-occurrences given by
 * hand. Counts its calls per document.
 */
final class StixFakeIndex extends FakeEntityIndex {

    private final Map<String, Entity> named = new LinkedHashMap<>();
    int documentCalls;

    /** Adds an entity named {@code name} in {@code sentence} of {@code document}. */
    StixFakeIndex add(String document, EntityType type, String name, List<String> roles, String sentence,
            Map<String, String> features) {
        String key = type.name() + ":" + name.toLowerCase(Locale.ROOT);
        if (!named.containsKey(name)) {
            named.put(name, new Entity(key, type, name, List.of(), roles, List.of(), 1, 1));
            entity(named.get(name));
        }
        int at = Math.max(0, sentence.indexOf(name));
        mention(new Mention(document, key, type, new Span(100 + at, 100 + at + name.length()), name,
                features.getOrDefault("value", name), features, new Span(100, 100 + sentence.length()), sentence));
        return this;
    }

    /** Adds a co-occurrence of two added entities. */
    StixFakeIndex pair(String firstName, String secondName, int sentences) {
        pair(new CoOccurrence(named(firstName), named(secondName), sentences));
        return this;
    }

    Entity named(String name) {
        return Optional.ofNullable(named.get(name)).orElseThrow();
    }

    @Override
    public Optional<DocumentEntities> document(String documentId) {
        documentCalls++;
        return super.document(documentId);
    }
}
