package org.vigie.entities.french.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;

/**
 * General rules found on the eighth held-out set's misses (holdout8.json, issue 15), each with its
 * counter-example. The sentences are written for this test, with names that are not the held-out
 * set's.
 */
class EighthSetGeneralisationTest {

    private final Extraction extraction = new Extraction();

    @Test
    void naturalFeaturesAndBuildingsAreNamedWithTheirNoun() {
        List<Annotation> a = extraction.of("Les rebelles ont fui vers la forêt de Mbalango, puis dans la vallée de la "
                + "Koussou, près du lac des Trois-Sources, de la dorsale de Pérez y Ortega et de la centrale nucléaire de "
                + "Vostrok.");
        assertEquals(Set.of("forêt de Mbalango", "vallée de la Koussou", "lac des Trois-Sources",
                "dorsale de Pérez y Ortega", "centrale nucléaire de Vostrok"), Extraction.values(a, EntityType.LOCATION));
        // counter-example: some building of a town names the town; a second place noun is an adjective
        List<Annotation> b = extraction.of("Il a été abattu devant un temple de Brevensk, puis transféré à la prison "
                + "centrale de Kolmar Road.");
        Set<String> places = Extraction.values(b, EntityType.LOCATION);
        assertTrue(places.contains("Brevensk"), places.toString());
        assertTrue(places.stream().noneMatch(p -> p.startsWith("temple") || p.startsWith("centrale")), places.toString());
    }

    @Test
    void aDatelineOfTwoWordsInCapitalsIsOneTownNotTwoAcronyms() {
        List<Annotation> a = extraction.of("Titre\n\nSANTA MARGARITA (Agence Andine) - Le maire a démissionné.");
        assertEquals(Set.of("Agence Andine"), Extraction.values(a, EntityType.ORGANIZATION));
        assertEquals(Set.of("SANTA MARGARITA"), Extraction.values(a, EntityType.LOCATION));
        // counter-example: a heading in capitals with a function word is no town
        List<Annotation> b = extraction.of("Titre\n\nCOMMUNIQUÉ DE PRESSE - Le maire a démissionné.");
        assertEquals(Set.of(), Extraction.values(b, EntityType.LOCATION));
    }

    @Test
    void anOrdinalAndALowerCaseMeetingNounNeedAPlaceOrANameOfTheirOwn() {
        List<Annotation> a = extraction.of("Les envoyés ont rejoint la quatrième réunion de Genève puis le 9e dialogue "
                + "Tarvena sur la défense.");
        assertEquals(Set.of("quatrième réunion de Genève", "9e dialogue Tarvena"), Extraction.values(a, EntityType.EVENT));
        // counter-example: a numbered meeting of people is no named meeting
        List<Annotation> b = extraction.of("La deuxième réunion des ministres et la troisième session du comité ont échoué.");
        assertEquals(Set.of(), Extraction.values(b, EntityType.EVENT));
    }

    @Test
    void oneDocumentsMeetingsWithTheSameNumberAreOne() {
        List<Annotation> a = extraction.of("Clôture du 31e sommet de Lomé\n\nLe 31e sommet de la Cédéao s'est achevé. La "
                + "14e Conférence de Varsovie sur la sécurité a suivi ; la Conférence sur la sécurité a duré deux jours.");
        assertEquals(Set.of("31e sommet de Lomé", "14e Conférence de Varsovie sur la sécurité"),
                Extraction.values(a, EntityType.EVENT));
        // counter-example: two numbers are two meetings
        List<Annotation> b = extraction.of("Le 31e sommet de Lomé a suivi le 30e sommet de Lomé.");
        assertEquals(2, Extraction.values(b, EntityType.EVENT).size());
    }

    @Test
    void englishActsTheBareConstitutionJointDeclarationsAndAccordsBySubjectAreLaws() {
        List<Annotation> a = extraction.of("Le Parlement a voté le Digital Markets Compliance Act et inscrit ce droit dans "
                + "la Constitution. La déclaration conjointe de Lomé cite l'accord sur les semences paysannes.");
        assertEquals(Set.of("Digital Markets Compliance Act", "Constitution", "déclaration conjointe de Lomé",
                "accord sur les semences paysannes"), Extraction.values(a, EntityType.LAW));
        // counter-example: a body named after the constitution, a constitution named in full, some accord
        List<Annotation> b = extraction.of("L'Office pour la défense de la Constitution a parlé. Un accord sur les prix "
                + "a été trouvé. La Constitution de 1991 prévoit que la Constitution soit révisée.");
        assertEquals(Set.of("Constitution de 1991"), Extraction.values(b, EntityType.LAW));
    }

    @Test
    void forcesAndCourtsOfAPlaceAndANationalAdjectiveAfterAnother() {
        List<Annotation> a = extraction.of("Selon la police du Vestmark, le parquet de Brodlingen et la police d'État "
                + "de Ohrwald, l'Armée nationale arkanienne du général Boris Talvenko a reculé.");
        Set<String> bodies = Extraction.values(a, EntityType.ORGANIZATION);
        assertTrue(bodies.containsAll(Set.of("Police du Vestmark", "Parquet de Brodlingen", "Police d'État de Ohrwald")),
                bodies.toString());
        assertTrue(bodies.stream().noneMatch(b -> b.contains("général")), bodies.toString());
        // counter-example: some force, a force of a person, are no bodies
        List<Annotation> b = extraction.of("Il plaide pour une armée européenne et dénonce la police de Jean Morel.");
        assertEquals(Set.of(), Extraction.values(b, EntityType.ORGANIZATION));
    }

    @Test
    void aForeignNationalBodyAPersonAfterARoleAndNoPersonInAComplement() {
        List<Annotation> a = extraction.of("La Police nationale malgache a interpellé le suspect. Le président Lazarus "
                + "Mbeki a salué la Commission des droits de l'homme contre Marie Dupuis.");
        Set<String> bodies = Extraction.values(a, EntityType.ORGANIZATION);
        assertTrue(bodies.contains("Police nationale malgache"), bodies.toString());
        assertTrue(bodies.stream().noneMatch(b -> b.equals("Police nationale") || b.equals("Lazarus") || b.contains("Dupuis")),
                bodies.toString());
        assertTrue(Extraction.values(a, EntityType.PERSON).containsAll(Set.of("Lazarus Mbeki", "Marie Dupuis")),
                Extraction.values(a, EntityType.PERSON).toString());
        // counter-example: France's own national police stays the gazetteer's
        List<Annotation> b = extraction.of("La Police nationale française a interpellé le suspect.");
        assertTrue(Extraction.values(b, EntityType.ORGANIZATION).contains("Police nationale"),
                Extraction.values(b, EntityType.ORGANIZATION).toString());
    }

    @Test
    void aNewBankAndACourtOfAHyphenatedSeatKeepTheirWholeName() {
        List<Annotation> a = extraction.of("Selon la Nouvelle Agence de coopération, le tribunal militaire de garnison de "
                + "Dakar-Plateau a jugé l'affaire.");
        Set<String> bodies = Extraction.values(a, EntityType.ORGANIZATION);
        assertTrue(bodies.contains("Nouvelle Agence de coopération"), bodies.toString());
        assertTrue(bodies.stream().anyMatch(b -> b.endsWith("de Dakar-Plateau")), bodies.toString());
        // counter-example: at a sentence start "Nouvelle" is any word's capital
        List<Annotation> b = extraction.of("Nouvelle Agence de coopération : la réforme est votée.");
        assertTrue(Extraction.values(b, EntityType.ORGANIZATION).stream().noneMatch(v -> v.startsWith("Nouvelle")),
                Extraction.values(b, EntityType.ORGANIZATION).toString());
    }

    @Test
    void anUnknownWordGluedBeforeAKnownRegionIsPartOfItsName() {
        List<Annotation> a = extraction.of("Des affrontements ont eu lieu dans la province du Kelgarsh-Baloutchistan.");
        assertEquals(Set.of("Kelgarsh-Baloutchistan"), Extraction.values(a, EntityType.LOCATION));
        // counter-example: two names of a pipeline or a route, the second not of the gazetteer, stay apart
        List<Annotation> b = extraction.of("Le pétrole coule dans l'oléoduc Velkar-Tornesk vers Paris.");
        assertTrue(Extraction.values(b, EntityType.LOCATION).stream().noneMatch(v -> v.contains("Velkar-")),
                Extraction.values(b, EntityType.LOCATION).toString());
    }
}
