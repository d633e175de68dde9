package org.vigie.entities.french.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.NameKey;
import org.vigie.entities.french.internal.grammar.PersonNames;
import org.vigie.entities.french.internal.rule.PersonRule;
import org.vigie.entities.french.internal.text.Token;

/**
 * Where names start and end, rules found on the third held-out set, each with its counter-example.
 * The sentences are written for this test.
 */
class NameBoundariesTest {

    private final Extraction extraction = new Extraction();

    @Test
    void aLetterFrenchDoesNotUseIsNoFrenchParticle() {
        List<Annotation> a = extraction.of("Le commandant Trần Văn Sơn a témoigné devant la cour.");
        assertEquals(Set.of("Trần Văn Sơn"), Extraction.values(a, EntityType.PERSON));
        assertTrue(PersonNames.foreignSpelling(word("Văn")));
        // counter-example: the French particle stays a particle, spelled the French way
        assertFalse(PersonNames.foreignSpelling(word("van")));
        assertFalse(PersonNames.foreignSpelling(word("Hélène")));
    }

    private static Token word(String text) {
        return new Token(0, text.length(), text, NameKey.fold(text), Token.Kind.WORD, false, 0L);
    }

    @Test
    void aNameStopsAtATitlesLineBreak() {
        List<Annotation> a = extraction.of("Sanctions contre Dmitri Volkov\n\nLe Trésor a annoncé la mesure.");
        assertEquals(Set.of("Dmitri Volkov"), Extraction.values(a, EntityType.PERSON));
        // counter-example: a name wrapped onto the next line of a paragraph stays whole
        List<Annotation> b = extraction.of("Selon le vice-ministre Bùi Van\nNam, la coopération progresse.");
        assertEquals(Set.of("Bùi Van Nam"), Extraction.values(b, EntityType.PERSON));
    }

    @Test
    void theNameAfterARoleAndAnOrganisationNounIsTheOrganisations() {
        List<Annotation> a = extraction.of("Il dirigeait, selon l'enquête, le chef présumé du rançongiciel Hive depuis Kiev.");
        assertTrue(Extraction.values(a, EntityType.PERSON).isEmpty());
        assertEquals(Set.of("Hive"), Extraction.values(a, EntityType.ORGANIZATION));
        // counter-example: a role ending in a plain noun still introduces a person
        List<Annotation> b = extraction.of("Le directeur de la police Marc Dubois a démissionné.");
        assertEquals(Set.of("Marc Dubois"), Extraction.values(b, EntityType.PERSON));
    }

    @Test
    void aMessagingServiceInAppositionIsAnOrganisation() {
        List<Annotation> a = extraction.of("Les enquêteurs ont infiltré SkyLine, une messagerie chiffrée.");
        assertEquals(Set.of("SkyLine"), Extraction.values(a, EntityType.ORGANIZATION));
        // counter-example: a plain noun in apposition types nothing
        assertTrue(Extraction.values(extraction.of("Ils ont rencontré Marchal, une figure locale."),
                EntityType.ORGANIZATION).isEmpty());
    }

    @Test
    void aHyphenatedCompoundIsOneGuessedPlace() {
        List<Annotation> a = extraction.of("Le navire a été arraisonné au large de Port-Gentil, au Gabon.");
        assertNotNull(Extraction.find(a, EntityType.LOCATION, "Port-Gentil"));
        assertNull(Extraction.find(a, EntityType.LOCATION, "Gentil"));
    }

    @Test
    void twoNameWordsAfterAPersonAndEtAreAPerson() {
        List<Annotation> a = extraction.of("La cour a condamné Mohamed Ghraieb et Chokri Chafroud à dix-huit ans.");
        assertEquals(Set.of("Mohamed Ghraieb", "Chokri Chafroud"), Extraction.values(a, EntityType.PERSON));
        // counter-examples: one word after et, or et after a place, makes no person
        assertEquals(Set.of("Karim Benali"), Extraction.values(
                extraction.of("La cour a entendu Karim Benali et Interpol."), EntityType.PERSON));
        assertTrue(Extraction.values(extraction.of("Il a visité Lyon et Grande Motte hier."), EntityType.PERSON).isEmpty());
    }

    @Test
    void relativeAndItsPrepositionBelongToTheInstrument() {
        List<Annotation> a = extraction.of("Le texte s'appuie sur la Convention relative aux droits de l'enfant, adoptée en 1989.");
        assertEquals(Set.of("Convention relative aux droits de l'enfant"), Extraction.values(a, EntityType.LAW));
        List<Annotation> b = extraction.of("Elle invoque la Convention relative à l'entraide judiciaire en matière pénale.");
        assertEquals(Set.of("Convention relative à l'entraide judiciaire en matière pénale"),
                Extraction.values(b, EntityType.LAW));
    }

    @Test
    void aLastLowerCaseQualifierClosesTheName() {
        List<Annotation> a = extraction.of("Il cite la Convention contre le trafic de substances psychotropes.");
        assertEquals(Set.of("Convention contre le trafic de substances psychotropes"), Extraction.values(a, EntityType.LAW));
        // counter-examples: a day or an adverb after the name is not part of it
        assertEquals(Set.of("Loi sur la presse"), Extraction.values(
                extraction.of("Le Sénat a voté la Loi sur la presse mardi."), EntityType.LAW));
        assertEquals(Set.of("Loi sur la presse"), Extraction.values(
                extraction.of("Le Sénat a voté la Loi sur la presse rapidement."), EntityType.LAW));
        // nor a verb closing the sentence: a singular word, or a plural in -ent
        assertEquals(Set.of("Loi sur la presse"), Extraction.values(
                extraction.of("Le débat sur la Loi sur la presse continue."), EntityType.LAW));
        assertEquals(Set.of("Convention sur les droits"), Extraction.values(
                extraction.of("Les signataires de la Convention sur les droits divergent."), EntityType.LAW));
    }

    @Test
    void aProgrammeNamedByItsHorizonYearIsAnInstrument() {
        List<Annotation> a = extraction.of("Les dirigeants ont réaffirmé l'Agenda 2063 et la Vision 2030 du royaume.");
        assertEquals(Set.of("Agenda 2063", "Vision 2030"), Extraction.values(a, EntityType.LAW));
        // counter-example: the common noun, or a number that is no year
        assertTrue(Extraction.values(extraction.of("Son agenda 2063 est chargé. L'Agenda 12 pages."), EntityType.LAW).isEmpty());
    }

    @Test
    void aNumberedDecreeMayCarryAnAdjective() {
        List<Annotation> a = extraction.of("La mesure a été prise en vertu du décret présidentiel 13694.");
        assertEquals(Set.of("Décret présidentiel 13694"), Extraction.values(a, EntityType.LAW));
        // counter-example: an adjective without a number names nothing
        assertTrue(Extraction.values(extraction.of("Un décret présidentiel a été publié."), EntityType.LAW).isEmpty());
    }

    @Test
    void aCardinalPointAfterAKnownPlaceNamesAnotherThing() {
        List<Annotation> a = extraction.of("Il a cité le Traité de l'Atlantique Nord lors du sommet.");
        assertEquals(Set.of("Traité de l'Atlantique Nord"), Extraction.values(a, EntityType.LAW));
        assertTrue(Extraction.values(a, EntityType.LOCATION).isEmpty());
        // counter-example: the ocean alone is still the ocean
        assertEquals(Set.of("océan Atlantique"), Extraction.values(
                extraction.of("Le navire a traversé l'Atlantique en juin."), EntityType.LOCATION));
    }

    @Test
    void aNationalBodyOfAnotherCountryIsNotFrancesBody() {
        List<Annotation> a = extraction.of("L'enquête est menée par la Police nationale de Colombie et Europol.");
        assertNull(Extraction.find(a, EntityType.ORGANIZATION, "Police nationale"));
        // counter-example: the French body alone is the gazetteer's
        assertEquals(Set.of("Police nationale"), Extraction.values(
                extraction.of("La Police nationale a interpellé deux hommes."), EntityType.ORGANIZATION));
    }

    @Test
    void aCountrysAdjectiveAfterTheBodyOfThatCountryIsThatBody() {
        List<Annotation> a = extraction.of("La Police nationale de Roumanie a arrêté le suspect ; la police roumaine l'a confirmé.");
        assertEquals(Set.of("Police nationale"), Extraction.values(a, EntityType.ORGANIZATION));
        // counter-example: the police of another country stays apart
        List<Annotation> b = extraction.of("La Police nationale de Roumanie a arrêté le suspect ; la police bulgare l'a confirmé.");
        assertEquals(Set.of("Police nationale", "Police bulgare"), Extraction.values(b, EntityType.ORGANIZATION));
    }

    @Test
    void aNationalProsecutionWithItsCountrysAdjectiveIsABody() {
        List<Annotation> a = extraction.of("Le parquet national néerlandais (Openbaar Ministerie) a fait appel.");
        assertEquals(Set.of("Parquet national néerlandais"), Extraction.values(a, EntityType.ORGANIZATION));
        // counter-example: without a country nothing says which prosecution it is
        assertTrue(Extraction.values(extraction.of("Le parquet national a fait appel."), EntityType.ORGANIZATION).isEmpty());
    }

    @Test
    void anUnknownWordBeforeARepeatedSurnameIsTheGivenName() {
        List<Annotation> a = extraction.of("La police a arrêté Ridouan Taghi lundi. M. Taghi sera extradé.");
        assertEquals(Set.of("Ridouan Taghi"), Extraction.values(a, EntityType.PERSON));
        // counter-examples: a nationality noun or a sentence-initial word before the surname
        assertEquals(Set.of("Taghi"), Extraction.values(
                extraction.of("Le Néerlandais Taghi a été arrêté. M. Taghi sera extradé."), EntityType.PERSON));
        assertEquals(Set.of("Taghi"), Extraction.values(
                extraction.of("M. Taghi sera extradé. Hier Taghi a parlé."), EntityType.PERSON));
    }

    @Test
    void aPrepositionInAntEndsTheName() {
        List<Annotation> a = extraction.of("Il a cité le Traité de l'Atlantique Nord devant les alliés.");
        assertEquals(Set.of("Traité de l'Atlantique Nord"), Extraction.values(a, EntityType.LAW));
        // counter-example: an adjective in -ant still belongs to the name
        assertEquals(Set.of("Convention sur le statut du personnel navigant"), Extraction.values(
                extraction.of("Il a signé la Convention sur le statut du personnel navigant."), EntityType.LAW));
    }

    @Test
    void anUnderSecretaryIsARole() {
        List<Annotation> a = extraction.of("« Nous agissons », a déclaré Brian Nelson, sous-secrétaire au Trésor, lundi.");
        assertEquals("sous-secrétaire au Trésor", Extraction.find(a, EntityType.PERSON, "Brian Nelson").feature("role"));
    }

    @Test
    void aRoleThenARankWithItsArticleBothBelongToTheName() {
        Annotation p = Extraction.find(extraction.of(
                "Le directeur de la police colombienne, le général William Salamanca, a parlé."), EntityType.PERSON,
                "William Salamanca");
        assertEquals("directeur de la police colombienne", p.feature("role"));
        assertEquals("général", p.feature(PersonRule.TITLE));
        // counter-example: an article and a plain noun after the comma start no second role
        Annotation q = Extraction.find(extraction.of("Le directeur de la police, le voisin William Salamanca, a parlé."),
                EntityType.PERSON, "William Salamanca");
        assertTrue(q == null || q.feature(PersonRule.TITLE) == null);
    }

    @Test
    void aPrepositionIsNoAdjectiveThatEndsAName() {
        List<Annotation> a = extraction.of("Le Japon appliquera la Convention de Budapest aux demandes de ses partenaires.");
        assertEquals(Set.of("Convention de Budapest"), Extraction.values(a, EntityType.LAW));
        // counter-example: an adjective in -aux still qualifies the name's noun
        List<Annotation> b = extraction.of("Le Japon a saisi le Tribunal des différends internationaux, à Genève.");
        assertEquals(Set.of("Tribunal des différends internationaux"), Extraction.values(b, EntityType.ORGANIZATION));
    }
}
