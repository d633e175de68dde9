package org.vigie.entities.french.internal.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link ContextRule} alone: the noun before a name types it. */
class ContextRuleTest {

    private final ContextRule rule = new ContextRule();

    @Test
    void knownAsAndAnOrganisationNounTypeAnUnknownName() {
        assertEquals(List.of("[43,55) ORGANIZATION Volt Typhoon", "[75,83) ORGANIZATION Tuoi Tre"),
                RuleRun.spans("Le groupe de hackers, connu sous le nom de Volt Typhoon, a visé le journal Tuoi Tre.", rule));
    }

    @Test
    void placeNounsKeptInTheNameOrDropped() {
        assertEquals(List.of("[11,24) LOCATION lac Truc Bach", "[46,55) LOCATION Ninh Binh"),
                RuleRun.spans("Au bord du lac Truc Bach, dans la province de Ninh Binh.", rule));
    }
}
