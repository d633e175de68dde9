package org.vigie.entities.french.internal.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Features;

/** {@link BracketAliasRule} after the rule that found the name before the brackets. */
class BracketAliasRuleTest {

    private final BracketAliasRule rule = new BracketAliasRule();

    @Test
    void anAcronymInBracketsIsAnAliasWithTheNamesValue() {
        String text = "Le Bureau de coordination des affaires humanitaires (BCAH) a alerté.";
        OrganizationRule organisations = new OrganizationRule(RuleRun.GRAMMAR);
        assertEquals(List.of("[53,57) ORGANIZATION BCAH = Bureau de coordination des affaires humanitaires"),
                RuleRun.spans(text, rule, organisations));
        assertEquals("BCAH", RuleRun.candidate(text, "Bureau de coordination des affaires humanitaires", organisations, rule)
                .feature(Features.ALIAS));
    }

    @Test
    void anUnknownNameBeforeAnAcronymInBracketsIsAnOrganisation() {
        assertEquals(List.of("[10,23) ORGANIZATION Promsvyazbank", "[25,28) ORGANIZATION PSB = Promsvyazbank"),
                RuleRun.spans("La banque Promsvyazbank (PSB) est visée.", rule));
    }
}
