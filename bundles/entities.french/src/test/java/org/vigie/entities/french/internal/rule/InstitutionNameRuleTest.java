package org.vigie.entities.french.internal.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link InstitutionNameRule} alone: English institutional names and hospitals. */
class InstitutionNameRuleTest {

    private final InstitutionNameRule rule = new InstitutionNameRule();

    @Test
    void englishNamesEndingInAnInstitutionalHeadOrANewspaperWord() {
        assertEquals(List.of("[3,24) ORGANIZATION National Crime Agency", "[31,50) ORGANIZATION Wall Street Journal"),
                RuleRun.spans("La National Crime Agency et le Wall Street Journal ont enquêté.", rule));
    }

    @Test
    void aHospitalWithANameOfItsOwnButNotTheHospitalOfATown() {
        assertEquals(List.of("[3,43) ORGANIZATION centre hospitalier Simone-Veil de Cannes = Centre hospitalier "
                + "Simone-Veil de Cannes"),
                RuleRun.spans("Le centre hospitalier Simone-Veil de Cannes, puis l'hôpital de Cannes.", rule));
    }
}
