package org.vigie.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;

class FakeEntityIndexTest {

    private static final Entity INTERPOL = entity(EntityType.ORGANIZATION, "Interpol", "OIPC");
    private static final Entity LYON = entity(EntityType.LOCATION, "Lyon");
    private static final Entity STOCK = entity(EntityType.PERSON, "Jürgen Stock");

    private final FakeEntityIndex index = new FakeEntityIndex()
            .mention(INTERPOL, "d1", 0, "Interpol siège à Lyon.").mention(LYON, "d1", 0, "Interpol siège à Lyon.")
            .mention(STOCK, "d1", 30, "Jürgen Stock dirige Interpol.").mention(INTERPOL, "d1", 30, "Jürgen Stock dirige Interpol.")
            .mention(INTERPOL, "d2", 0, "Interpol répond.").date("d2", 20, "mars 2024", "2024-03");

    private static Entity entity(EntityType type, String name, String... aliases) {
        return new Entity(type.name() + ":" + name.toLowerCase(), type, name, List.of(aliases), List.of(), List.of(), 0, 0);
    }

    private static String counts(List<Entity> entities) {
        return String.join(", ", entities.stream().map(e -> e.name() + " " + e.mentions() + "/" + e.documents()).toList());
    }

    @Test
    void entitiesAreCountedWithinTheAskedDocumentsMostMentionedFirst() {
        assertEquals("Interpol 3/2, Jürgen Stock 1/1, Lyon 1/1", counts(index.entities(List.of(), List.of(), 10)));
        assertEquals("Interpol 1/1", counts(index.entities(List.of(), List.of("d2"), 10)));
        assertEquals("Lyon 1/1", counts(index.entities(List.of(EntityType.LOCATION), List.of(), 10)));
        assertEquals("Interpol 3/2", counts(index.find("oipc").map(List::of).orElseThrow()), "by alias, counted");
        assertEquals(Optional.of(LYON.key()), index.find(LYON.key()).map(Entity::key), "by key");
        assertEquals(Set.of("d1", "d2"), index.documents(INTERPOL.key()));
    }

    @Test
    void pairsAreCountedBySentenceTheAskedEntityFirst() {
        assertEquals(List.of("Interpol+Jürgen Stock 1", "Interpol+Lyon 1"), index.coOccurrences(List.of(), 10).stream()
                .map(c -> String.join("+", List.of(c.first().name(), c.second().name()).stream().sorted().toList()) + " "
                        + c.sentences()).sorted().toList());
        assertEquals(List.of(), index.coOccurrences(List.of("d2"), 10));
        assertEquals(List.of("Lyon"), index.coOccurrences(LYON.key(), List.of(), 10).stream().map(c -> c.first().name()).toList());
        index.pair(new CoOccurrence(LYON, STOCK, 7));
        assertEquals(7, index.coOccurrences(List.of(), 10).get(0).sentences(), "pairs given by hand replace the found ones");
    }

    @Test
    void aDocumentHasItsEntitiesDatesAndMentionsInTextOrder() {
        assertEquals("Interpol 2/1, Jürgen Stock 1/1, Lyon 1/1", counts(index.document("d1").orElseThrow().entities()));
        assertEquals(List.of("2024-03"), index.dates(List.of()).stream().map(Mention::value).toList());
        assertEquals(List.of("2024-03"), index.document("d2").orElseThrow().dates().stream().map(Mention::value).toList());
        assertEquals(List.of(0, 17, 30, 50), index.mentions("d1").stream().map(m -> m.span().begin()).toList());
        assertTrue(index.document("d3").isEmpty(), "never extracted");
        assertEquals(List.of(), index.mentions("d3"));
    }
}
