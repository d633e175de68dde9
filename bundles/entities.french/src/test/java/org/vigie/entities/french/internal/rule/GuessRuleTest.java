package org.vigie.entities.french.internal.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link GuessRule}: weak evidence, after what the other rules found. */
class GuessRuleTest {

    private final GuessRule rule = new GuessRule();

    @Test
    void anUnknownAcronymIsAnOrganisationAndAnUnknownNameAfterAAPlace() {
        assertEquals(List.of("[10,13) ORGANIZATION KBS", "[34,40) LOCATION Skopje"),
                RuleRun.spans("La chaîne KBS a filmé l'arrivée à Skopje.", rule));
    }

    @Test
    void aNameBeforeACommaAndItsCountryIsAPlace() {
        assertEquals(List.of("[13,22) LOCATION Wiesbaden"),
                RuleRun.spans("La police de Wiesbaden, en Allemagne, enquête.", rule, new GazetteerRule()));
    }
}
