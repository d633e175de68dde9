package org.vigie.entities.french.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;

/**
 * General rules found on the fifth held-out set's misses (holdout5.json), each with its
 * counter-example. The sentences are written for this test, with names that are not the
 * held-out set's.
 */
class FifthSetGeneralisationTest {

    private final Extraction extraction = new Extraction();

    @Test
    void townsLocatedTheWayFrenchNewsLocatesThemArePlaces() {
        // a sentence-initial "À" + a name + a comma; a name and its département in brackets; "N'" + a capital
        List<Annotation> a = extraction.of("Les secours sont arrivés. À Kerlouanec, trois maisons ont brûlé. "
                + "Le feu a gagné Plouzévet (Finistère), puis le convoi est resté à N'Zakro.");
        assertEquals(Set.of("Kerlouanec", "Plouzévet", "Finistère", "N'Zakro"), Extraction.values(a, EntityType.LOCATION));
        // counter-example: a sentence-initial "À" before a name and no comma, a country in brackets
        List<Annotation> b = extraction.of("Le bilan est lourd. À Dieu ne plaise. Le rapport de Westbrook (France) est paru. "
                + "Il n'a rien dit.");
        assertEquals(Set.of("France"), Extraction.values(b, EntityType.LOCATION));
    }
}
