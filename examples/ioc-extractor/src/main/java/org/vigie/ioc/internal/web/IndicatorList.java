package org.vigie.ioc.internal.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;

/** The corpus's indicators by kind ({@code ipv4}, {@code cve}, ...), most mentioned first within a kind. */
final class IndicatorList {

    static final EntityType INDICATOR = EntityType.of("INDICATOR");
    static final int MOST = 1_000;

    /** One indicator: its entity key (for the entity view), value, mentions and documents. */
    record Row(String key, String value, int mentions, int documents) {
    }

    /** The indicators of one kind. */
    record Kind(String kind, List<Row> indicators) {
    }

    private final EntityIndex index;

    IndicatorList(EntityIndex index) {
        this.index = index;
    }

    List<Kind> kinds() {
        Map<String, List<Row>> byKind = new TreeMap<>();
        for (Entity e : index.entities(List.of(INDICATOR), List.of(), MOST)) {
            List<Mention> first = index.mentions(e.key(), List.of(), 1);
            String kind = first.isEmpty() ? "?" : first.get(0).features().getOrDefault("kind", "?");
            byKind.computeIfAbsent(kind, k -> new java.util.ArrayList<>())
                    .add(new Row(e.key(), e.name(), e.mentions(), e.documents()));
        }
        return byKind.entrySet().stream().map(k -> new Kind(k.getKey(), List.copyOf(k.getValue()))).toList();
    }
}
