package org.vigie.entities.french.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;

/**
 * General rules found on the fifth held-out set's misses (holdout5.json), each with its
 * counter-example. The sentences are written for this test, with names that are not the
 * held-out set's.
 */
class FifthSetGeneralisationTest {

    private final Extraction extraction = new Extraction();

    @Test
    void townsLocatedTheWayFrenchNewsLocatesThemArePlaces() {
        // a sentence-initial "À" + a name + a comma; a name and its département in brackets; "N'" + a capital
        List<Annotation> a = extraction.of("Les secours sont arrivés. À Kerlouanec, trois maisons ont brûlé. "
                + "Le feu a gagné Plouzévet (Finistère), puis le convoi est resté à N'Zakro.");
        assertEquals(Set.of("Kerlouanec", "Plouzévet", "Finistère", "N'Zakro"), Extraction.values(a, EntityType.LOCATION));
        // counter-example: a sentence-initial "À" before a name and no comma, a country in brackets
        List<Annotation> b = extraction.of("Le bilan est lourd. À Dieu ne plaise. Le rapport de Westbrook (France) est paru. "
                + "Il n'a rien dit.");
        assertEquals(Set.of("France"), Extraction.values(b, EntityType.LOCATION));
    }

    @Test
    void aForeignParticleBeforeTwoFamilyNamesMakesAFullName() {
        List<Annotation> a = extraction.of("Le juge a entendu Evandro dos Santos Pereira et Cleiton da Rocha Lima hier.");
        assertEquals(Set.of("Evandro dos Santos Pereira", "Cleiton da Rocha Lima"), Extraction.values(a, EntityType.PERSON));
        assertEquals(Set.of(), Extraction.values(a, EntityType.LOCATION));
        // counter-example: one word after the particle is a place's name, and French particles make none
        List<Annotation> b = extraction.of("Les combats ont repris près de Vila da Praia et de Porto de Nova Ponte.");
        assertEquals(Set.of(), Extraction.values(b, EntityType.PERSON));
        // counter-example: nor does a place at the start of the next line or sentence
        List<Annotation> c = extraction.of("Les rebelles reprennent Vila da Praia\n\nLISBONNE (AFP) - La ville est tombée.");
        assertEquals(Set.of(), Extraction.values(c, EntityType.PERSON));
    }

    @Test
    void anNgoAConsortiumOrMilitiasTypeTheNameAfterThem() {
        List<Annotation> a = extraction.of("Selon l'ONG Open Borders Watch, le consortium Velmora a armé les milices Kurtaa.");
        assertEquals(Set.of("Open Borders Watch", "Velmora", "Kurtaa"), Extraction.values(a, EntityType.ORGANIZATION));
        // counter-example: the nouns alone, or before a common noun, name nothing
        List<Annotation> b = extraction.of("Selon l'ONG, le consortium a armé les milices de quartier.");
        assertEquals(Set.of(), Extraction.values(b, EntityType.ORGANIZATION));
    }

    @Test
    void aLongNameRunsToItsDateOrItsBracketedAcronym() {
        List<Annotation> a = extraction.of("Les rebelles du Mouvement du 14 juin ont salué le Bureau des Nations unies "
                + "pour l'organisation d'un recensement au Timor oriental (BNUORTO).");
        // (the UN named inside the bureau's name is kept too, as nested names are)
        assertTrue(Extraction.values(a, EntityType.ORGANIZATION).containsAll(Set.of("Mouvement du 14 juin",
                "Bureau des Nations unies pour l'organisation d'un recensement au Timor oriental")));
        // counter-example: a date after another complement is the date of something else
        List<Annotation> b = extraction.of("Le communiqué de l'Agence nationale de sécurité du 5 juin est bref.");
        assertEquals(Set.of("Agence nationale de sécurité"), Extraction.values(b, EntityType.ORGANIZATION));
    }

    @Test
    void aCapitalisedHeadAndOneUnknownWordOrANumberIsABody() {
        List<Annotation> a = extraction.of("Le Front Kaleba et la Brigade 313 ont attaqué, puis la Force Tazunu a riposté.");
        assertEquals(Set.of("Front Kaleba", "Brigade 313", "Force Tazunu"), Extraction.values(a, EntityType.ORGANIZATION));
        // counter-example: a head before a person's name, or before a run of names, makes no such body
        List<Annotation> b = extraction.of("Au sein du Parti Ahmed Salem fait exception ; le Centre Kaleba Tazunu Mbeki ferme.");
        assertTrue(Extraction.values(b, EntityType.ORGANIZATION).stream().noneMatch(v -> v.startsWith("Parti") || v.startsWith("Centre")));
    }

    @Test
    void aWordInCapitalsBeforeAnAgencyAndADashIsADateline() {
        List<Annotation> a = extraction.of("Titre\n\nKERLOUANEC (Ouest-Presse) - Le port est fermé.\n\nPLOUZEVET - Le feu est éteint.");
        assertEquals(Set.of("KERLOUANEC", "PLOUZEVET"), Extraction.values(a, EntityType.LOCATION));
        assertEquals(Set.of(), Extraction.values(a, EntityType.ORGANIZATION).stream().filter(v -> v.startsWith("K") || v.startsWith("P"))
                .collect(java.util.stream.Collectors.toSet()));
        // counter-example: an acronym in capitals elsewhere is an organisation's
        List<Annotation> b = extraction.of("Selon la KZTB - une agence - le port est fermé.");
        assertEquals(Set.of("KZTB"), Extraction.values(b, EntityType.ORGANIZATION));
    }

    @Test
    void aPlaceGluedToAnUnknownNameOrANumberStartsAnotherName() {
        List<Annotation> a = extraction.of("Le site Belgique Emploi et la chaîne (Maroc 24) ont relayé l'appel de la Pologne.");
        assertEquals(Set.of("Pologne"), Extraction.values(a, EntityType.LOCATION));
        // counter-example: a place before a person's given name, or before a number of things, is the place
        List<Annotation> b = extraction.of("En Belgique Sophie Wilmès a parlé ; au Maroc 24 personnes sont mortes.");
        assertEquals(Set.of("Belgique", "Maroc"), Extraction.values(b, EntityType.LOCATION));
    }

    @Test
    void aMeetingNounWithANationalityIsABodyAndAnOrdinalMeetingKeepsItsOwnName() {
        List<Annotation> a = extraction.of("Le Congrès chilien et le Forum marocain pour la vérité ont salué le 9e Dialogue "
                + "Kerala-Bengale, tenu à Kochi.");
        assertEquals(Set.of("Congrès chilien", "Forum marocain pour la vérité"), Extraction.values(a, EntityType.ORGANIZATION));
        assertEquals(Set.of("9e Dialogue Kerala-Bengale"), Extraction.values(a, EntityType.EVENT));
        // counter-example: a forum with a complement and no nationality is still a meeting
        List<Annotation> b = extraction.of("Les ministres ont ouvert le Forum de Kochi sur la sécurité maritime.");
        assertEquals(Set.of(), Extraction.values(b, EntityType.ORGANIZATION));
    }

    @Test
    void borderGuardsSubDirectoratesAndBracketedGovernmentsAreBodies() {
        List<Annotation> a = extraction.of("Les gardes-frontières kazakhs ont alerté la sous-direction des affaires maritimes "
                + "du ministère, puis le gouvernement régional de Bavière (GRB) a réagi.");
        assertEquals(Set.of("Gardes-frontières kazakhs", "Sous-direction des affaires maritimes du ministère",
                "Gouvernement régional de Bavière"), Extraction.values(a, EntityType.ORGANIZATION));
        // counter-example: the heads alone, or a government without its acronym, name no body
        List<Annotation> b = extraction.of("Les gardes-frontières ont alerté la sous-direction, puis le gouvernement de Bavière a réagi.");
        assertEquals(Set.of(), Extraction.values(b, EntityType.ORGANIZATION));
    }

    @Test
    void lowerCaseBodiesNamedByTheirSeatOrTheirOwner() {
        List<Annotation> a = extraction.of("Le tribunal de district d'Oslo, des chercheurs de l'université de Montréal "
                + "et le groupe de Vienne de l'OSCE ont saisi le parquet fédéral.");
        assertEquals(Set.of("Tribunal de district d'Oslo", "Université de Montréal",
                "Groupe de Vienne de l'OSCE", "Parquet fédéral", "Organisation pour la sécurité et la coopération en Europe"),
                Extraction.values(a, EntityType.ORGANIZATION));
        // counter-example: a head owned by a known body with no name of its own, an indefinite
        // federal prosecutor, a summer school
        List<Annotation> b = extraction.of("La direction de l'OSCE et le groupe de travail de l'OSCE ont saisi un parquet "
                + "fédéral après l'université d'été ; un tribunal d'Oslo a jugé.");
        assertEquals(Set.of("Organisation pour la sécurité et la coopération en Europe"), Extraction.values(b, EntityType.ORGANIZATION));
    }

    @Test
    void companiesJuriesAndForcesAreHeadsWithAComplement() {
        List<Annotation> a = extraction.of("La Société nationale des eaux du Tchad, le Jury électoral de Lima et les Forces "
                + "armées de la République centrafricaine (FACA) ont signé.");
        assertTrue(Extraction.values(a, EntityType.ORGANIZATION).containsAll(Set.of("Société nationale des eaux du Tchad",
                "Jury électoral de Lima", "Forces armées de la République centrafricaine")), () -> a.toString());
        // counter-example: the heads alone, or in lower case without an acronym, name nothing
        List<Annotation> b = extraction.of("La société a payé le jury, puis les forces armées de la région ont signé.");
        assertEquals(Set.of(), Extraction.values(b, EntityType.ORGANIZATION));
    }

    @Test
    void numberedMilitaryUnitsAreOrganisations() {
        List<Annotation> a = extraction.of("La 14e brigade d'infanterie et le 3e régiment de hussards ont défilé.");
        assertEquals(Set.of("14e brigade d'infanterie", "3e régiment de hussards"), Extraction.values(a, EntityType.ORGANIZATION));
        // counter-example: a unit without its number, a first meeting
        List<Annotation> b = extraction.of("La brigade a défilé. La 1re réunion a eu lieu.");
        assertEquals(Set.of(), Extraction.values(b, EntityType.ORGANIZATION));
    }

    @Test
    void aCapitalisedArticleAfterACueNounBelongsToTheName() {
        List<Annotation> a = extraction.of("Les élus du parti Les Bâtisseurs ont voté.");
        assertEquals(Set.of("Les Bâtisseurs"), Extraction.values(a, EntityType.ORGANIZATION));
        // counter-example: the article at a sentence's start is no part of a name
        List<Annotation> b = extraction.of("Les Bâtisseurs ont voté.");
        assertEquals(Set.of(), Extraction.values(b, EntityType.ORGANIZATION));
    }

    @Test
    void lowerCaseChartersAndQuotedPlansAreInstruments() {
        List<Annotation> a = extraction.of("La junte a révisé la charte de la refondation et lancé le plan « Sahel vert » en mai.");
        assertEquals(Set.of("charte de la refondation", "plan Sahel vert"), Extraction.values(a, EntityType.LAW));
        // counter-example: an indefinite charter, a plan in quotes that is no name, a plan with no name
        List<Annotation> b = extraction.of("Une charte de la ville circule ; le plan « était prêt », dit-il, et le plan de vol aussi.");
        assertEquals(Set.of(), Extraction.values(b, EntityType.LAW));
    }

    @Test
    void anAirportOrAPortIsAlsoKnownByItsPlacesName() {
        List<Annotation> a = extraction.of("Le vol a atterri à l'aéroport de Kerlouanec puis au port grec de Vathýs.");
        assertEquals(Set.of("aéroport de Kerlouanec", "port grec de Vathýs"), Extraction.values(a, EntityType.LOCATION));
        assertTrue(a.stream().anyMatch(x -> "Kerlouanec".equals(x.features().get(org.vigie.entities.api.Features.ALIAS))));
        assertTrue(a.stream().anyMatch(x -> "Vathýs".equals(x.features().get(org.vigie.entities.api.Features.ALIAS))));
        // counter-example: a lake or a street keeps its noun alone
        List<Annotation> b = extraction.of("Ils ont longé le lac Kerlouanec.");
        assertTrue(b.stream().noneMatch(x -> x.features().containsKey(org.vigie.entities.api.Features.ALIAS)));
    }

    @Test
    void aNameAfterAPhraseThatOnlyLocatesIsAPlace() {
        List<Annotation> a = extraction.of("Les combats ont lieu près de Kerlouanec et de Port Vathy, puis la colonne a reflué vers Tazunu.");
        assertEquals(Set.of("Kerlouanec", "Port Vathy", "Tazunu"), Extraction.values(a, EntityType.LOCATION));
        // counter-example: a person's given name after such a phrase, a lower-case word
        List<Annotation> b = extraction.of("Il s'est tourné vers Sophie Kaleba, près de la frontière.");
        assertEquals(Set.of(), Extraction.values(b, EntityType.LOCATION));
    }

    @Test
    void moreNounsTypeThePlaceAfterThem() {
        List<Annotation> a = extraction.of("Les déplacés du camp de Kerlouanec et du bidonville de Tazunu ont gagné le "
                + "poste-frontière de Vathy, dans la vallée du Kaleba, au pied des monts Ulunga, près de la ligne Mbeko.");
        assertEquals(Set.of("Kerlouanec", "Tazunu", "Vathy", "vallée du Kaleba", "monts Ulunga", "ligne Mbeko"),
                Extraction.values(a, EntityType.LOCATION));
        // counter-example: the nouns before a lower-case word or a number name no place
        List<Annotation> b = extraction.of("Le camp de base, la ligne 14 et le secteur privé sont fermés.");
        assertEquals(Set.of(), Extraction.values(b, EntityType.LOCATION));
    }

    @Test
    void aPluralAgreeingWithAPluralNounStaysInTheName() {
        List<Annotation> a = extraction.of("L'Union des peuples autochtones de la vallée du Kaleba a porté plainte.");
        assertEquals(Set.of("Union des peuples autochtones de la vallée du Kaleba"), Extraction.values(a, EntityType.ORGANIZATION));
        // counter-example: a plural verb in -ent ends the name
        List<Annotation> b = extraction.of("Les Comités des travailleurs agissent des deux côtés.");
        assertTrue(Extraction.values(b, EntityType.ORGANIZATION).stream().noneMatch(v -> v.contains("agissent")));
    }

    @Test
    void aTitleBetweenTwoNamesBelongsToThePersonsName() {
        List<Annotation> a = extraction.of("Le président Abdullahi Cheikh Warsame a reçu son rival.");
        assertEquals(Set.of("Abdullahi Cheikh Warsame"), Extraction.values(a, EntityType.PERSON));
        // counter-example: the title after a name and before a lower-case word is no name's
        List<Annotation> b = extraction.of("Le président Abdullahi Warsame a reçu le cheikh local.");
        assertEquals(Set.of("Abdullahi Warsame"), Extraction.values(b, EntityType.PERSON));
    }

    @Test
    void aLongRunAfterARolesComplementEndsWithATwoWordName() {
        List<Annotation> a = extraction.of("L'ancien député de Nuova Sinistra Orazio Bellandi a été condamné.");
        assertEquals(Set.of("Orazio Bellandi"), Extraction.values(a, EntityType.PERSON));
        // counter-example: a minister's domain is one word, the rest is the name
        List<Annotation> b = extraction.of("Le vice-ministre de la Défense Seyed Hamzeh Bellandi a parlé.");
        assertEquals(Set.of("Seyed Hamzeh Bellandi"), Extraction.values(b, EntityType.PERSON));
    }
}
