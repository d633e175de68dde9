package org.vigie.entities.french.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;

/** Courts, bracketed acronyms, EU acts, instruments in points, lower-case summits, nationality nouns. */
class InstitutionsAndInstrumentsTest {

    private final Extraction extraction = new Extraction();

    @Test
    void courtsByTheirSeatOrInstitutionalAdjectives() {
        List<Annotation> a = extraction.of("Le tribunal correctionnel de Lyon a suivi le parquet national financier, "
                + "puis la cour d'appel de Rennes a confirmé.");
        assertEquals(Set.of("Tribunal correctionnel de Lyon", "Parquet national financier", "Cour d'appel de Rennes"),
                Extraction.values(a, EntityType.ORGANIZATION));
    }

    @Test
    void courtNounsWithoutASeatAreNoOrganisations() {
        List<Annotation> a = extraction.of("Les enfants jouent dans la cour de récréation ; le tribunal a tranché et "
                + "le parquet national a fait appel.");
        assertEquals(Set.of(), Extraction.values(a, EntityType.ORGANIZATION));
    }

    @Test
    void aBracketedAcronymOfTheHeadsInitialClosesTheName() {
        List<Annotation> a = extraction.of("La Direction des enquêtes sur la fraude organisée et le blanchiment (DEFOB) "
                + "a saisi des biens. Le Conseil de sécurité a voté hier (AFP).");
        Set<String> orgs = Extraction.values(a, EntityType.ORGANIZATION);
        assertTrue(orgs.contains("Direction des enquêtes sur la fraude organisée et le blanchiment"), orgs.toString());
        assertTrue(orgs.stream().noneMatch(o -> o.contains("voté")), orgs.toString());
    }

    @Test
    void europeanActsWithTheirNumber() {
        List<Annotation> a = extraction.of("Le règlement (UE) n° 833/2014 et la directive (UE) 2022/2555 s'appliquent, "
                + "comme la Loi 24/2018.");
        assertEquals(Set.of("Règlement (UE) n° 833/2014", "Directive (UE) 2022/2555", "Loi 24/2018"),
                Extraction.values(a, EntityType.LAW));
    }

    @Test
    void instrumentsCountedInPointsButNotOrdinaryPoints() {
        List<Annotation> a = extraction.of("Le consensus en cinq points reste la base ; Kiev propose un plan en dix points. "
                + "Le taux a gagné deux points et le débat en trois points a duré.");
        assertEquals(Set.of("consensus en cinq points", "plan en dix points"), Extraction.values(a, EntityType.LAW));
    }

    @Test
    void lowerCaseSummitsOfAnOrganisationWithTheirPlace() {
        List<Annotation> a = extraction.of("Au sommet de l'OTAN à Vilnius, les alliés ont parlé de la conférence de presse "
                + "et du sommet de la montagne.");
        assertEquals(Set.of("sommet de l'OTAN à Vilnius"), Extraction.values(a, EntityType.EVENT));
    }

    @Test
    void aNationalityNounIntroducesAName() {
        List<Annotation> a = extraction.of("Le poste revient au Brésilien Valdecy Urquiza, qui succède à l'Allemand "
                + "Jürgen Stock. Le secrétaire général, le Portugais António Guterres, a parlé.");
        assertEquals(Set.of("Valdecy Urquiza", "Jürgen Stock", "António Guterres"), Extraction.values(a, EntityType.PERSON));
    }

    @Test
    void aNationalityNounAloneOrBeforeOneWordIsNoPerson() {
        List<Annotation> a = extraction.of("Le Brésilien a gagné. Le contrat revient à l'Américain Boeing.");
        assertEquals(Set.of(), Extraction.values(a, EntityType.PERSON));
    }

    @Test
    void aStateWordAfterAnElisionIsNoCountry() {
        List<Annotation> a = extraction.of("Le ministère de la Sécurité d'État de la République populaire de Chine dément.");
        assertTrue(Extraction.values(a, EntityType.ORGANIZATION).contains("Ministère de la Sécurité d'État"),
                Extraction.values(a, EntityType.ORGANIZATION).toString());
        assertEquals(Set.of("Chine"), Extraction.values(a, EntityType.LOCATION));
    }
}
