package org.vigie.entities.french.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;

class OrganizationExtractionTest {

    private final Extraction extraction = new Extraction();

    private Annotation organisation(List<Annotation> a, String text) {
        Annotation o = Extraction.find(a, EntityType.ORGANIZATION, text);
        assertNotNull(o, "no ORGANIZATION '" + text + "' in " + Extraction.texts(a));
        return o;
    }

    @Test
    void aMinistryIsNamedWithoutItsCountryWhichBecomesAFeature() {
        List<Annotation> a = extraction.of("Le ministère vietnamien de la Sécurité publique et le ministère de la Sécurité "
                + "publique du Vietnam sont un seul et même ministère.");
        assertEquals("Ministère de la Sécurité publique", organisation(a, "ministère vietnamien de la Sécurité publique").value());
        Annotation second = organisation(a, "ministère de la Sécurité publique du Vietnam");
        assertEquals("Ministère de la Sécurité publique", second.value());
        assertEquals("Vietnam", second.feature(Features.COUNTRY));
    }

    @Test
    void theSameMinistryOfAnotherCountryKeepsItsAdjective() {
        List<Annotation> a = extraction.of("Le porte-parole du ministère des Affaires étrangères a répondu au Vietnam. "
                + "Le Vietnam a protesté ; le ministère chinois des Affaires étrangères a confirmé.");
        assertEquals(Set.of("Ministère des Affaires étrangères", "Ministère chinois des Affaires étrangères"),
                Extraction.values(a, EntityType.ORGANIZATION));
    }

    @Test
    void aCountryQualifiedMinistryAndItsShortFormAreOneWhenNoCountryIsNamed() {
        List<Annotation> a = extraction.of("Le dirigeant a rencontré à Pékin son homologue. "
                + "Le ministère vietnamien de la Sécurité publique a confirmé. Le ministère de la Sécurité publique a ajouté que l'enquête continue.");
        assertEquals(Set.of("Ministère de la Sécurité publique"), Extraction.values(a, EntityType.ORGANIZATION));
    }

    @Test
    void aMinistryQualifiedByACountryNameIsItsShortForm() {
        List<Annotation> a = extraction.of("Le ministère de la Sécurité publique du Vietnam a publié un communiqué. "
                + "Selon le ministère de la Sécurité publique, trois suspects ont été arrêtés.");
        assertEquals(Set.of("Ministère de la Sécurité publique"), Extraction.values(a, EntityType.ORGANIZATION));
    }

    @Test
    void aParentOrganisationStaysInTheNameAndIsDroppedInTheAlias() {
        List<Annotation> a = extraction.of("M. Neal Jetton, Directeur du Département de la cybercriminalité d’Interpol, a parlé.");
        Annotation d = organisation(a, "Département de la cybercriminalité d’Interpol");
        assertEquals("Département de la cybercriminalité", d.feature(Features.ALIAS));
        assertNotNull(organisation(a, "Interpol"));
    }

    @Test
    void anAcronymInBracketsBecomesAnAliasAndLaterMentionsFollow() {
        List<Annotation> a = extraction.of("Le Bureau de coordination des affaires humanitaires (BCAH) a alerté. Le BCAH insiste.");
        Annotation b = organisation(a, "Bureau de coordination des affaires humanitaires");
        assertEquals("BCAH", b.feature(Features.ALIAS));
        assertEquals(Set.of("Bureau de coordination des affaires humanitaires"), Extraction.values(a, EntityType.ORGANIZATION));
        assertEquals(3, a.stream().filter(x -> x.type().equals(EntityType.ORGANIZATION)).count());
    }

    @Test
    void headsWithInstitutionalAdjectivesOnly() {
        List<Annotation> a = extraction.of("L'Agence nationale de sécurité, la Marine française et la police roumaine ; "
                + "son Conseil annuel et la police a interpellé.");
        assertEquals(Set.of("Agence nationale de sécurité", "Marine française", "Police roumaine"),
                Extraction.values(a, EntityType.ORGANIZATION));
    }

    @Test
    void contextNounsTypeUnknownNames() {
        List<Annotation> a = extraction.of("Le groupe de hackers, connu sous le nom de Volt Typhoon, a visé le journal Tuoi Tre.");
        assertEquals(Set.of("Volt Typhoon", "Tuoi Tre"), Extraction.values(a, EntityType.ORGANIZATION));
    }

    @Test
    void lowerCaseHeadsWithoutComplementAreNothing() {
        List<Annotation> a = extraction.of("Le ministère a précisé que le département et la commission suivront.");
        assertTrue(Extraction.texts(a).isEmpty(), Extraction.texts(a).toString());
    }
}
