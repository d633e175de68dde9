package org.vigie.entities.french.internal.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@link OrganizationRule} alone: a head noun and its complement. */
class OrganizationRuleTest {

    private final OrganizationRule rule = new OrganizationRule(RuleRun.GRAMMAR);

    @Test
    void aMinistrysCountryAdjectiveLeavesTheValueForAFeature() {
        String text = "Le ministère vietnamien de la Sécurité publique a parlé.";
        assertEquals(List.of("[3,47) ORGANIZATION ministère vietnamien de la Sécurité publique = Ministère de la "
                + "Sécurité publique"), RuleRun.spans(text, rule));
        assertEquals(Map.of("country", "Vietnam"),
                RuleRun.candidate(text, "ministère vietnamien de la Sécurité publique", rule).features);
    }

    @Test
    void headsWithInstitutionalAdjectivesAndALowerCaseHeadAloneIsNothing() {
        assertEquals(List.of("[2,30) ORGANIZATION Agence nationale de sécurité",
                "[37,52) ORGANIZATION police roumaine = Police roumaine"),
                RuleRun.spans("L'Agence nationale de sécurité et la police roumaine ; le ministère a précisé.", rule));
    }
}
