package org.vigie.entities.french.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;

/** English institution names, hospitals, companies by their context, places by their country, names after a ministry. */
class NamesByHeadAndContextTest {

    private final Extraction extraction = new Extraction();

    @Test
    void englishNamesEndingInAnInstitutionalHead() {
        List<Annotation> a = extraction.of("La National Crime Agency britannique et le Sandworm Group sont cités par le "
                + "Washington Post.");
        assertEquals(Set.of("National Crime Agency", "Sandworm Group", "Washington Post"),
                Extraction.values(a, EntityType.ORGANIZATION));
    }

    @Test
    void aSentenceInitialHeadOrALoneHeadIsNoEnglishName() {
        List<Annotation> a = extraction.of("Office et service ont fermé. Le Bureau a répondu.");
        assertEquals(Set.of(), Extraction.values(a, EntityType.ORGANIZATION));
    }

    @Test
    void hospitalsByTheirOwnNameButNotByTheirTown() {
        List<Annotation> a = extraction.of("Le centre hospitalier Simone-Veil de Cannes a été attaqué ; l'hôpital de Grasse "
                + "accueille des patients.");
        assertEquals(Set.of("Centre hospitalier Simone-Veil de Cannes"), Extraction.values(a, EntityType.ORGANIZATION));
        assertTrue(Extraction.values(a, EntityType.LOCATION).contains("Grasse"), Extraction.values(a, EntityType.LOCATION).toString());
    }

    @Test
    void companiesAfterAnAdjectiveOrAnActivityAndCompaniesNamedAfterACountry() {
        List<Annotation> a = extraction.of("La compagnie aérienne Iran Air et l'usine d'armement Ouralvagonzavod sont "
                + "visées, comme le groupe chinois Huawei.");
        assertEquals(Set.of("Iran Air", "Ouralvagonzavod", "Huawei"), Extraction.values(a, EntityType.ORGANIZATION));
    }

    @Test
    void aNameFollowedByItsCountryIsAPlace() {
        List<Annotation> a = extraction.of("Les armes partent de Wiesbaden, en Allemagne, et de Rzeszow, en Pologne. "
                + "Selon Martin, en France, rien ne change.");
        Set<String> places = Extraction.values(a, EntityType.LOCATION);
        assertTrue(places.containsAll(Set.of("Wiesbaden", "Rzeszow", "Allemagne", "Pologne")), places.toString());
    }

    @Test
    void aNameAfterAMinistrysDomain() {
        List<Annotation> a = extraction.of("Le vice-ministre iranien de la Défense Seyed Hamzeh Ghalandari est visé. "
                + "Le journaliste du Wall Street Journal Evan Gershkovich a été libéré.");
        assertEquals(Set.of("Seyed Hamzeh Ghalandari", "Evan Gershkovich"), Extraction.values(a, EntityType.PERSON));
        assertEquals("vice-ministre iranien de la Défense",
                Extraction.find(a, EntityType.PERSON, "Seyed Hamzeh Ghalandari").feature(org.vigie.entities.api.Features.ROLE));
    }

    @Test
    void aMinistrysDomainOfTwoWordsStaysWhole() {
        List<Annotation> a = extraction.of("Le ministre des Affaires Étrangères a parlé. La ministre de la Sécurité Publique "
                + "du Vietnam est venue.");
        assertEquals(Set.of(), Extraction.values(a, EntityType.PERSON));
    }
}
