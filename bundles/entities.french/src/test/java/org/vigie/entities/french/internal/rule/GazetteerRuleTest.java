package org.vigie.entities.french.internal.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Features;

/** {@link GazetteerRule} alone: the gazetteer's names, valued by their canonical name. */
class GazetteerRuleTest {

    private final GazetteerRule rule = new GazetteerRule();

    @Test
    void everySpellingOfACountryGetsItsCanonicalName() {
        assertEquals(List.of("[3,11) LOCATION Viêt Nam = Vietnam", "[16,23) LOCATION Vietnam",
                "[30,38) LOCATION Việt Nam = Vietnam", "[57,65) LOCATION Birmanie = Myanmar"),
                RuleRun.spans("Le Viêt Nam, le Vietnam et le Việt Nam coopèrent avec la Birmanie.", rule));
        assertEquals("iso:VN", RuleRun.candidate("Le Việt Nam.", "Việt Nam", rule).feature(Features.LINK));
    }

    @Test
    void theRepublicOfACountryIsTheCountryOverTheWholePhrase() {
        assertEquals(List.of("[23,42) LOCATION République du Niger = Niger"),
                RuleRun.spans("Le retour à l'ordre en République du Niger.", rule));
    }

    @Test
    void aCapitalisedNameMatchesOnlyACapitalisedWord() {
        assertEquals(List.of("[24,28) LOCATION Inde"),
                RuleRun.spans("La réunion a eu lieu en Inde ; ue et inde en minuscules ne sont rien.", rule));
    }

    @Test
    void acronymsAndExpansionsAreOneOrganisation() {
        assertEquals(List.of("[2,7) ORGANIZATION ONUDC = Office des Nations unies contre la drogue et le crime",
                "[22,27) ORGANIZATION UNODC = Office des Nations unies contre la drogue et le crime",
                "[46,50) ORGANIZATION OIPC = Interpol"),
                RuleRun.spans("L'ONUDC, aussi appelé UNODC, travaille avec l'OIPC.", rule));
    }
}
