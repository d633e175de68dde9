package org.vigie.entities.french.internal.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@link PersonRule} alone (and after the gazetteer where an affiliation is a known name). */
class PersonRuleTest {

    private final PersonRule rule = new PersonRule(RuleRun.ROLES);

    @Test
    void aRoleBeforeTheNameIsTheRoleAndGivesTheAffiliation() {
        String text = "Le vice-ministre vietnamien de la Sécurité publique Trần Quốc Tỏ a ouvert la séance.";
        assertEquals(List.of("[52,64) PERSON Trần Quốc Tỏ"), RuleRun.spans(text, rule));
        assertEquals(Map.of("role", "vice-ministre vietnamien de la Sécurité publique",
                "affiliation", "Ministère de la Sécurité publique"), RuleRun.candidate(text, "Trần Quốc Tỏ", rule).features);
    }

    @Test
    void aRoleInAppositionAfterTheName() {
        String text = "Il a rencontré Satya Nadella, président du groupe Microsoft, à Seattle.";
        assertEquals(List.of("[15,28) PERSON Satya Nadella"), RuleRun.spans(text, rule, new GazetteerRule()));
        assertEquals(Map.of("role", "président du groupe Microsoft", "affiliation", "Microsoft"),
                RuleRun.candidate(text, "Satya Nadella", new GazetteerRule(), rule).features);
    }

    @Test
    void honorificsIntroduceNames() {
        assertEquals(List.of("[3,6) PERSON Nam", "[19,27) PERSON Kamikawa"),
                RuleRun.spans("M. Nam a salué Mme Kamikawa.", rule));
    }

    @Test
    void aTitleAloneIsNoPerson() {
        assertEquals(List.of(), RuleRun.spans("Le Secrétaire général de l'ONU a confirmé sa présence.", rule));
    }
}
