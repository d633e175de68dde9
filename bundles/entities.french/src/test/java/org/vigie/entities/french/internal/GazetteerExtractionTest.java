package org.vigie.entities.french.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;

class GazetteerExtractionTest {

    private final Extraction extraction = new Extraction();

    @Test
    void countrySpellingsShareOneValue() {
        List<Annotation> a = extraction.of("Le Viêt Nam, le Vietnam et le Việt Nam coopèrent avec la Birmanie et le Myanmar.");
        assertEquals(Set.of("Vietnam", "Myanmar"), Extraction.values(a, EntityType.LOCATION));
        assertEquals(List.of("[3,11) LOCATION Viêt Nam = Vietnam", "[16,23) LOCATION Vietnam",
                "[30,38) LOCATION Việt Nam = Vietnam", "[57,65) LOCATION Birmanie = Myanmar",
                "[72,79) LOCATION Myanmar"), Spans.of(a, EntityType.LOCATION));
        assertEquals("iso:VN", Extraction.find(a, EntityType.LOCATION, "Việt Nam").feature(Features.LINK));
    }

    @Test
    void countriesComeFromTheJdkFrenchNamesWithVariants() {
        List<Annotation> a = extraction.of("Des experts de la RDC, du Mozambique, de Macédoine du Nord et d'Haïti.");
        assertEquals(Set.of("République démocratique du Congo", "Mozambique", "Macédoine du Nord", "Haïti"),
                Extraction.values(a, EntityType.LOCATION));
    }

    @Test
    void acronymsAndExpansionsAreOneOrganisation() {
        List<Annotation> a = extraction.of("L'ONUDC, aussi appelé UNODC, travaille avec l'OIPC et Europol.");
        assertEquals(Set.of("Office des Nations unies contre la drogue et le crime", "Interpol", "Europol"),
                Extraction.values(a, EntityType.ORGANIZATION));
    }

    @Test
    void citiesHaveTheirFrenchExonyms() {
        List<Annotation> a = extraction.of("La délégation est passée par Moscou, Pékin et Hô Chi Minh-Ville.");
        assertEquals(Set.of("Moscou", "Pékin", "Hô Chi Minh-Ville"), Extraction.values(a, EntityType.LOCATION));
    }

    @Test
    void caseMattersWhereItShould() {
        List<Annotation> a = extraction.of("La réunion a eu lieu en Inde ; ue et inde en minuscules ne sont rien.");
        assertEquals(Set.of("Inde"), Extraction.values(a, EntityType.LOCATION));
        assertTrue(Extraction.values(a, EntityType.ORGANIZATION).isEmpty());
        assertNull(Extraction.find(a, EntityType.LOCATION, "La réunion"));
    }

    @Test
    void republicOfACountryIsTheCountry() {
        Annotation niger = Extraction.find(extraction.of("Le retour à l'ordre en République du Niger."),
                EntityType.LOCATION, "République du Niger");
        assertNotNull(niger);
        assertEquals("Niger", niger.value());
    }

    @Test
    void demonymsAreNotEntities() {
        List<Annotation> a = extraction.of("Un bateau vietnamien et un navire chinois ont croisé des pêcheurs iraniens.");
        assertTrue(Extraction.texts(a).isEmpty(), Extraction.texts(a).toString());
    }
}
