package org.vigie.ioc.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.Span;

class IndicatorListTest {

    private static Entity indicator(String value, int mentions) {
        return new Entity("INDICATOR:" + value, IndicatorList.INDICATOR, value, List.of(), List.of(), List.of(), mentions, 1);
    }

    /** The indicators a test gives, each mentioned once with its kind feature; asked for INDICATOR only. */
    private record Indicators(List<Entity> entities, Map<String, String> kinds) implements EntityIndex {
        @Override
        public List<Entity> entities(Collection<EntityType> types, Collection<String> documentIds, int limit) {
            assertEquals(List.of(IndicatorList.INDICATOR), List.copyOf(types));
            return entities;
        }

        @Override
        public List<Mention> mentions(String entityKey, Collection<String> documentIds, int limit) {
            String value = entityKey.substring("INDICATOR:".length());
            return List.of(new Mention("d1", entityKey, IndicatorList.INDICATOR, new Span(0, value.length()), value, value,
                    Map.of("kind", kinds.get(value)), new Span(0, value.length()), value));
        }

        @Override
        public Optional<Entity> find(String name) {
            return Optional.empty();
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

        @Override
        public Optional<DocumentEntities> document(String documentId) {
            return Optional.empty();
        }
    }

    @Test
    void indicatorsAreGroupedByTheKindTheirMentionsCarryInIndexOrder() {
        IndicatorList list = new IndicatorList(new Indicators(List.of(indicator("CVE-2024-3400", 5), indicator("evil.com", 3),
                indicator("CVE-2021-44228", 2)), Map.of("CVE-2024-3400", "cve", "evil.com", "domain", "CVE-2021-44228", "cve")));
        assertEquals(List.of("cve: CVE-2024-3400 5, CVE-2021-44228 2", "domain: evil.com 3"), list.kinds().stream()
                .map(k -> k.kind() + ": " + String.join(", ", k.indicators().stream().map(i -> i.value() + " " + i.mentions())
                        .toList())).toList());
    }
}
