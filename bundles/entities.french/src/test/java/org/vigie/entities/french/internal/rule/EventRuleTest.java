package org.vigie.entities.french.internal.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link EventRule} after the gazetteer (a lower-case summit needs a known organisation). */
class EventRuleTest {

    private final EventRule rule = new EventRule(RuleRun.GRAMMAR);

    @Test
    void anOrdinalAndAMeetingWithItsComplement() {
        assertEquals(List.of("[3,84) EVENT 17e Conférence des forces spéciales, de la sécurité et de l'application de la loi"),
                RuleRun.spans("La 17e Conférence des forces spéciales, de la sécurité et de l'application de la loi "
                        + "s'est tenue.", rule, new GazetteerRule()));
    }

    @Test
    void aLowerCaseSummitOfAKnownOrganisationAndItsPlace() {
        assertEquals(List.of("[3,29) EVENT sommet de l'OTAN à Vilnius"),
                RuleRun.spans("Au sommet de l'OTAN à Vilnius, les alliés ont parlé.", rule, new GazetteerRule()));
    }

    @Test
    void aMeetingNounWithoutAnOrganisationIsNoEvent() {
        assertEquals(List.of(), RuleRun.spans("Lors de la conférence de presse, il a parlé du sommet de la montagne.",
                rule, new GazetteerRule()));
    }
}
