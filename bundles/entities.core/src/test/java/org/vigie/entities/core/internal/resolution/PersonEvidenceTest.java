package org.vigie.entities.core.internal.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.RoleFamily;

/** What a document says about who a person is, and when two documents cannot speak of one person. */
class PersonEvidenceTest {

    @Test
    void rolesOfClearWalksOfLifeHaveAFamilyOthersNone() {
        assertEquals(RoleFamily.OFFICE, RoleFamily.of("ministre de la Défense"));
        assertEquals(RoleFamily.OFFICE, RoleFamily.of("vice-ministre de la Sécurité publique"));
        assertEquals(RoleFamily.SPORT, RoleFamily.of("entraîneur"));
        assertEquals(RoleFamily.ARTS, RoleFamily.of("actrice"));
        assertNull(RoleFamily.of("président"), "a club has a president too");
        assertNull(RoleFamily.of("ancien footballeur"), "people change careers");
        assertNull(RoleFamily.of(List.of("ministre", "footballeur")), "a document mixing them is no evidence");
        assertEquals(RoleFamily.OFFICE, RoleFamily.of(List.of("président", "ministre des Finances")));
    }

    @Test
    void theEvidenceHoldsTheAffiliationThenTheFamily() {
        assertEquals("ministere de la defense role:office", PersonEvidence.of("ministere de la defense", List.of("ministre")));
        assertEquals("role:sport", PersonEvidence.of(null, List.of("footballeur")));
        assertEquals("interpol", PersonEvidence.of("interpol", List.of("directeur")));
        assertEquals(EntityGroup.NO_AFFILIATION, PersonEvidence.of(null, List.of()));
        assertEquals("ministere de la defense", PersonEvidence.label("ministere de la defense role:office"));
        assertEquals("role:sport", PersonEvidence.label("role:sport"));
    }

    @Test
    void differentRoleFamiliesConflictDifferentRolesOfOneFamilyDoNot() {
        assertFalse(PersonEvidence.compatible("ministere de la defense role:office", "role:sport"));
        assertTrue(PersonEvidence.compatible("role:office", "parti communiste"), "a minister is a party member too");
        assertTrue(PersonEvidence.compatible("ministere de la defense role:office", "role:office"));
        assertFalse(PersonEvidence.compatible("interpol", "hoang anh gia lai role:sport"));
        assertTrue(PersonEvidence.compatible("interpol", "departement de la cybercriminalite d'interpol role:office"));
    }
}
