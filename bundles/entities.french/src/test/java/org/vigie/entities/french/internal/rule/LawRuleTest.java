package org.vigie.entities.french.internal.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link LawRule} alone: a head and its complement, numbered instruments, instruments in points. */
class LawRuleTest {

    private final LawRule rule = new LawRule(RuleRun.GRAMMAR);

    @Test
    void aHeadWithItsComplementAndANumberedResolution() {
        assertEquals(List.of("[20,44) LAW Loi sur la cybersécurité", "[51,73) LAW Résolution 2231 (2015)"),
                RuleRun.spans("Le pays applique la Loi sur la cybersécurité et la Résolution 2231 (2015).", rule));
    }

    @Test
    void instrumentsInPointsAndProgrammesByTheirYear() {
        assertEquals(List.of("[3,27) LAW consensus en cinq points", "[33,44) LAW Agenda 2063"),
                RuleRun.spans("Un consensus en cinq points et l'Agenda 2063 sont adoptés.", rule));
    }

    @Test
    void aHeadAloneIsNoLaw() {
        assertEquals(List.of(), RuleRun.spans("La Convention ouvre des perspectives.", rule));
    }
}
