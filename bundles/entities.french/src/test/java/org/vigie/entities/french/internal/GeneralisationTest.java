package org.vigie.entities.french.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;

/**
 * General rules found on the fourth held-out set's misses, each with its counter-example. The
 * sentences are written for this test, with names that are not the held-out set's.
 */
class GeneralisationTest {

    private final Extraction extraction = new Extraction();

    @Test
    void subdivisionsOfIso3166_2AreKnownPlaces() {
        List<Annotation> a = extraction.of("Des renforts ont été envoyés dans le Morbihan, au Chihuahua et en Saskatchewan.");
        assertEquals(Set.of("Morbihan", "Chihuahua", "Saskatchewan"), Extraction.values(a, EntityType.LOCATION));
        // counter-example: a subdivision named by a common word is no place in running text
        List<Annotation> b = extraction.of("La Somme des contributions reste modeste.");
        assertTrue(Extraction.values(b, EntityType.LOCATION).isEmpty());
        // counter-example: a one-word subdivision beside an unknown capitalised word is a person's name
        List<Annotation> c = extraction.of("Selon le ministre Sean Kerry, la ministre Mercedes Duarte a démissionné.");
        assertTrue(Extraction.values(c, EntityType.LOCATION).isEmpty());
    }

    @Test
    void aNameBeforeACommaAndASubdivisionIsAPlace() {
        List<Annotation> a = extraction.of("Le convoi a été attaqué près de Kamloopsville, en Colombie-Britannique.");
        assertEquals(Set.of("Kamloopsville", "Colombie-Britannique"), Extraction.values(a, EntityType.LOCATION));
        // counter-example: the same shape after an unknown name is no place
        List<Annotation> b = extraction.of("Le convoi a croisé Kamloopsville, en hiver.");
        assertTrue(Extraction.values(b, EntityType.LOCATION).isEmpty());
    }

    @Test
    void aPlacesHyphenatedCompoundIsOnePlace() {
        List<Annotation> a = extraction.of("Les pillards ont atteint la commune de Port-Salut et le Sinaï-Nord.");
        assertEquals(Set.of("Port-Salut", "Sinaï-Nord"), Extraction.values(a, EntityType.LOCATION));
        // counter-example: two known places joined by a hyphen stay two places
        List<Annotation> b = extraction.of("Le dialogue Pékin-Hanoï reprend.");
        assertEquals(Set.of("Pékin", "Hanoï"), Extraction.values(b, EntityType.LOCATION));
    }

    @Test
    void aForceNamedByItsNationalityInLowerCaseIsAnOrganisation() {
        List<Annotation> a = extraction.of("L'armée malienne et les garde-côtes tunisiens ont saisi la cargaison, "
                + "puis la police bolivienne contre les trafiquants a été saluée par les douanes belges.");
        assertEquals(Set.of("Armée malienne", "Garde-côtes tunisiens", "Police bolivienne", "Douanes belges"),
                Extraction.values(a, EntityType.ORGANIZATION));
        // counter-example: the head without a nationality names no one
        List<Annotation> b = extraction.of("L'armée et les garde-côtes ont saisi la cargaison.");
        assertTrue(Extraction.values(b, EntityType.ORGANIZATION).isEmpty());
    }

    @Test
    void anInstrumentNamedInLowerCaseIsALaw() {
        List<Annotation> a = extraction.of("Le pays a quitté le traité sur le commerce des armes (TCA), "
                + "puis dénoncé la déclaration de Lomé et le traité Open Skies.");
        assertEquals(Set.of("traité sur le commerce des armes", "déclaration de Lomé", "traité Open Skies"),
                Extraction.values(a, EntityType.LAW));
        // counter-examples: an article before the place, a country, an accord given by someone
        List<Annotation> b = extraction.of("La déclaration de la France et la déclaration de Russie ont suivi "
                + "l'accord de Washington.");
        assertTrue(Extraction.values(b, EntityType.LAW).isEmpty());
    }

    @Test
    void aPlaceAfterAGivenNameIsASurname() {
        List<Annotation> a = extraction.of("La procureure adjointe, Ana Bolivia, a signé l'acte.");
        assertEquals(Set.of("Ana Bolivia"), Extraction.values(a, EntityType.PERSON));
        assertTrue(Extraction.values(a, EntityType.LOCATION).isEmpty());
        // counter-example: a given name that ends a clause does not take the place after it
        List<Annotation> b = extraction.of("Il a rencontré Ana, Bolivie comprise.");
        assertEquals(Set.of("Bolivie"), Extraction.values(b, EntityType.LOCATION));
    }

    @Test
    void aLongLawOfTheGazetteerIsKnownInLowerCase() {
        List<Annotation> a = extraction.of("L'amende est fondée sur le règlement général sur la protection des données.");
        assertEquals(Set.of("Règlement général sur la protection des données"), Extraction.values(a, EntityType.LAW));
        // counter-example: a short capitalised place of the gazetteer still needs its capital
        List<Annotation> b = extraction.of("Il a choisi la réunion de jeudi.");
        assertTrue(Extraction.values(b, EntityType.LOCATION).isEmpty());
    }

    @Test
    void aComplexPrepositionEndsAName() {
        List<Annotation> a = extraction.of("Chili : le ministère de l'Intérieur au cœur de la crise\n\n"
                + "Le ministère de l'Intérieur, à la tête de la riposte, a réuni les préfets.");
        assertEquals(Set.of("Ministère de l'Intérieur"), Extraction.values(a, EntityType.ORGANIZATION));
        // counter-example: a preposition that is no locution stays in the name
        List<Annotation> b = extraction.of("Le Secrétariat d'État aux Affaires européennes a protesté.");
        assertEquals(Set.of("Secrétariat d'État aux Affaires européennes"), Extraction.values(b, EntityType.ORGANIZATION));
    }

    @Test
    void aCriminalGroupIsNamedByItsHeadNoun() {
        List<Annotation> a = extraction.of("Le cartel de Jalisco affronte le clan del Norte, allié du clan Zemun et de Los Zetas.");
        assertEquals(Set.of("cartel de Jalisco", "clan del Norte", "clan Zemun", "Los Zetas"),
                Extraction.values(a, EntityType.ORGANIZATION));
        // counter-examples: a head without a name, a known place after a Spanish article
        List<Annotation> b = extraction.of("Le cartel a fui vers Los Angeles.");
        assertTrue(Extraction.values(b, EntityType.ORGANIZATION).isEmpty());
    }

    @Test
    void aDepartmentOfAPlaceIsThePlace() {
        List<Annotation> a = extraction.of("Les crues ont touché le département de l'Aveyron et le département du Quindío.");
        assertTrue(Extraction.values(a, EntityType.ORGANIZATION).isEmpty());
        assertEquals(Set.of("Aveyron", "Quindío"), Extraction.values(a, EntityType.LOCATION));
        // counter-example: a department of a domain is a body
        List<Annotation> b = extraction.of("Le département de la Justice a inculpé deux hommes.");
        assertEquals(Set.of("Département de la Justice"), Extraction.values(b, EntityType.ORGANIZATION));
    }

    @Test
    void aParticleGluedByAHyphenBelongsToTheName() {
        List<Annotation> a = extraction.of("Le général Khalifa Haftar a reçu le ministre Ahmed Hassan al-Mansouri à Benghazi.");
        assertEquals(Set.of("Khalifa Haftar", "Ahmed Hassan al-Mansouri"), Extraction.values(a, EntityType.PERSON));
        // counter-example: a lower-case hyphenated word that is no particle ends the name
        List<Annotation> b = extraction.of("Le ministre Ahmed Hassan vice-président du conseil a parlé.");
        assertTrue(Extraction.values(b, EntityType.PERSON).stream().noneMatch(n -> n.contains("vice")));
    }

    @Test
    void aNaturalFeatureIsOnePlace() {
        List<Annotation> a = extraction.of("Le navire a croisé en mer de Kara, doublé le cap Horn puis gagné l'océan Austral "
                + "et la mer d'Oman.");
        assertEquals(Set.of("mer de Kara", "cap Horn", "océan Austral", "mer d'Oman"), Extraction.values(a, EntityType.LOCATION));
        // counter-example: a country after an ordinary noun is still mentioned
        List<Annotation> b = extraction.of("La flotte d'Oman a rejoint le port.");
        assertEquals(Set.of("Oman"), Extraction.values(b, EntityType.LOCATION));
    }

    @Test
    void aSummitOfACityOrOfAnAcronymIsAnEvent() {
        List<Annotation> a = extraction.of("Au sommet de Lomé comme au sommet du G7, la question a été posée.");
        assertEquals(Set.of("sommet de Lomé", "sommet du G7"), Extraction.values(a, EntityType.EVENT));
        // counter-examples: a country, a common noun
        List<Annotation> b = extraction.of("Le sommet de France et le sommet de la montagne sont loin.");
        assertTrue(Extraction.values(b, EntityType.EVENT).isEmpty());
    }

    @Test
    void aCourtNamedInLowerCaseEndsWithItsSeat() {
        List<Annotation> a = extraction.of("Il a plaidé coupable devant un tribunal fédéral de Houston de fraude fiscale.");
        assertEquals(Set.of("Tribunal fédéral de Houston"), Extraction.values(a, EntityType.ORGANIZATION));
        // counter-example: a court's own complement before its seat stays
        List<Annotation> b = extraction.of("Le tribunal de commerce de Lyon a tranché.");
        assertEquals(Set.of("Tribunal de commerce de Lyon"), Extraction.values(b, EntityType.ORGANIZATION));
    }

    @Test
    void anOrganisationEndingInAHyphenatedCompoundKeepsIt() {
        List<Annotation> a = extraction.of("Le Comité olympique de Bosnie-Herzégovine et la Fédération de la Croix-Rouge ont signé.");
        assertTrue(Extraction.values(a, EntityType.ORGANIZATION).contains("Fédération de la Croix-Rouge"));
    }

    @Test
    void moreInstitutionalHeadsAndAdjectives() {
        List<Annotation> a = extraction.of("Selon Amnesty Watch et le Terrorist Financing Network, le Tribunal pénal spécial a siégé.");
        assertEquals(Set.of("Amnesty Watch", "Terrorist Financing Network", "Tribunal pénal spécial"),
                Extraction.values(a, EntityType.ORGANIZATION));
        // counter-example: an English head alone names nothing
        List<Annotation> c = extraction.of("La Maritime and Coastguard Agency a publié un avis.");
        assertEquals(Set.of("Maritime and Coastguard Agency"), Extraction.values(c, EntityType.ORGANIZATION));
        List<Annotation> b = extraction.of("Il a regardé sa Watch puis le Network a planté.");
        assertTrue(Extraction.values(b, EntityType.ORGANIZATION).isEmpty());
    }

    @Test
    void aNameRunsOverAPlaceToItsBracketedAcronym() {
        List<Annotation> a = extraction.of("La Mission d'observation électorale en Bolivie (MOEB) a rendu son rapport.");
        assertTrue(Extraction.values(a, EntityType.ORGANIZATION).contains("Mission d'observation électorale en Bolivie"));
        // counter-example: without an acronym of its initial the place is not the name's
        List<Annotation> b = extraction.of("La Mission d'observation électorale en Bolivie (UE) a rendu son rapport.");
        assertTrue(Extraction.values(b, EntityType.ORGANIZATION).stream().noneMatch(n -> n.contains("Bolivie")));
    }
}
