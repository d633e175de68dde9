package org.vigie.export.internal.ftm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PublicBodiesTest {

    @Test
    void stateBodiesAreToldByTheWordsOfTheirNames() {
        for (String name : List.of("Ministère de la Sécurité publique", "ministry of Public Security", "Police fédérale",
                "Agence nationale de lutte contre la criminalité du Royaume-Uni", "National Crime Agency",
                "Federal Bureau of Investigation", "Assemblée nationale", "Bộ Công an", "Công an nhân dân", "Cour de cassation")) {
            assertTrue(PublicBodies.named(name), name);
        }
    }

    @Test
    void otherOrganisationsAreNot() {
        for (String name : List.of("Interpol", "Organisation des Nations Unies", "Assemblée générale des Nations unies",
                "Agence France-Presse", "Parti communiste du Vietnam", "LockBit", "Front national", "")) {
            assertFalse(PublicBodies.named(name), name);
        }
    }

    @Test
    void aCountryFromTheExtractorMakesAPublicBody() {
        assertTrue(PublicBodies.is(List.of("Police coopère"), false));
        assertTrue(PublicBodies.is(List.of("Bureau politique"), true));
        assertFalse(PublicBodies.is(List.of("Bureau politique"), false));
    }
}
