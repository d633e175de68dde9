package org.vigie.entities.french.internal.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link CodeRule} alone: threat groups are organisations, editions events, other codes nothing. */
class CodeRuleTest {

    private final CodeRule rule = new CodeRule();

    @Test
    void numberedThreatGroupsAreOrganisations() {
        assertEquals(List.of("[10,15) ORGANIZATION APT28", "[37,41) ORGANIZATION FIN7", "[64,74) ORGANIZATION Storm-0558"),
                RuleRun.spans("Le groupe APT28 et les opérateurs de FIN7 ont été suivis, comme Storm-0558.", rule));
    }

    @Test
    void anAcronymWithAnEditionIsAnEventAndAnAcronymAloneIsNotThisRulesConcern() {
        assertEquals(List.of("[9,14) EVENT COP28", "[29,37) EVENT AMMTC-17"),
                RuleRun.spans("Après la COP28 et la réunion AMMTC-17, l'ISO a publié sa norme.", rule));
    }

    @Test
    void identifiersAreNothing() {
        assertEquals(List.of(),
                RuleRun.spans("La faille CVE-2024-3400, le bulletin MS17-010, la norme ISO 27001 et SHA256.", rule));
    }
}
