package org.vigie.entities.french.internal.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link RepeatedNameRule} after the people were found. */
class RepeatedNameRuleTest {

    private final RepeatedNameRule rule = new RepeatedNameRule();
    private final PersonRule people = new PersonRule(RuleRun.ROLES);

    @Test
    void aFamilyNameAloneIsThePersonWhoBearsIt() {
        assertEquals(List.of("[50,57) PERSON Poutine = Vladimir Poutine"),
                RuleRun.spans("Le président Vladimir Poutine a parlé. Plus tard, Poutine a insisté.", rule, people));
    }

    @Test
    void aFamilyNameTwoPeopleBearIsNobodyAlone() {
        assertEquals(List.of(),
                RuleRun.spans("Jean Dupont et Marie Dupont sont venus. Plus tard, Dupont a parlé.", rule, people));
    }
}
