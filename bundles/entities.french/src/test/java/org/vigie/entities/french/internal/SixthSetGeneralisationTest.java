package org.vigie.entities.french.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;

/**
 * General rules found on the sixth held-out set's misses (holdout6.json), each with its
 * counter-example. The sentences are written for this test, with names that are not the
 * held-out set's.
 */
class SixthSetGeneralisationTest {

    private final Extraction extraction = new Extraction();

    @Test
    void givenNamesOfManyLanguagesStartANameWithNoCue() {
        List<Annotation> a = extraction.of("Les ministres ont signé. Tomasz Wierzbicki, Agnieszka Dąbrowska et Rasmus "
                + "Lindqvist soulignent le risque. Jaroslav Novotný a démissionné.");
        assertEquals(Set.of("Tomasz Wierzbicki", "Agnieszka Dąbrowska", "Rasmus Lindqvist", "Jaroslav Novotný"),
                Extraction.values(a, EntityType.PERSON));
        // counter-example: after "à", after a place noun and its "de", or in guillemets, it is a place or a slogan
        List<Annotation> b = extraction.of("Le convoi est arrivé à Arturo Prat puis au quartier d'Ingrid Norte, "
                + "sous le slogan « Rasmus Forever ».");
        assertEquals(Set.of(), Extraction.values(b, EntityType.PERSON));
    }

    @Test
    void countryAdjectivesOfSmallStatesLetARoleIntroduceAName() {
        List<Annotation> a = extraction.of("Le président chypriote, Stavros Kyprianou, et le ministre maltais Karl Borg "
                + "ont parlé. Le Premier ministre fidjien, R. T. Naivalu, a suivi.");
        assertEquals(Set.of("Stavros Kyprianou", "Karl Borg", "R. T. Naivalu"), Extraction.values(a, EntityType.PERSON));
        // counter-example: the adjective alone is no entity, and honorifics are no initials
        List<Annotation> b = extraction.of("Le gouvernement chypriote a parlé. M. M. Mme.");
        assertEquals(Set.of(), Extraction.values(b, EntityType.PERSON));
    }

    @Test
    void anUnknownWordBeforeAGivenNameIsTheNamesFirstWord() {
        List<Annotation> a = extraction.of("Le parti a exclu l'opposant Kodjo Ibrahim Abakar Tidjani du scrutin.");
        assertEquals(Set.of("Kodjo Ibrahim Abakar Tidjani"), Extraction.values(a, EntityType.PERSON));
        // counter-example: a title before the name is not part of it
        List<Annotation> b = extraction.of("L'évêque de Kribi, Mgr Andrew Tamba Ekoko, a prié.");
        assertEquals(Set.of("Andrew Tamba Ekoko"), Extraction.values(b, EntityType.PERSON));
    }

    @Test
    void partiesAndStandingBodiesNamedLikeMeetingsAreOrganisations() {
        List<Annotation> a = extraction.of("Le Congrès national patriotique et le Forum pour la justice sociale ont "
                + "rejoint la Conférence des évêques du Bénin et le Forum des pays riverains du Sahel.");
        assertEquals(Set.of(), Extraction.values(a, EntityType.EVENT));
        assertEquals(Set.of("Congrès national patriotique", "Forum pour la justice sociale",
                "Conférence des évêques du Bénin", "Forum des pays riverains du Sahel"), Extraction.values(a, EntityType.ORGANIZATION));
        // counter-example: a forum named after its city, a numbered conference, are meetings
        List<Annotation> b = extraction.of("Il a parlé au Forum de Dakar sur la paix puis à la 12e Conférence des ministres de la Défense.");
        assertEquals(Set.of(), Extraction.values(b, EntityType.ORGANIZATION));
    }

    @Test
    void aParticipleWithItsObjectEndsAName() {
        List<Annotation> a = extraction.of("Le vote de l'Assemblée nationale destituant le président, puis l'armée "
                + "tchadienne au nord du pays.");
        assertEquals(Set.of("Assemblée nationale", "Armée tchadienne"), Extraction.values(a, EntityType.ORGANIZATION));
        // counter-example: an adjective in -ant with no object stays in the name
        List<Annotation> b = extraction.of("Le Comité national dirigeant a siégé.");
        assertEquals(Set.of("Comité national dirigeant"), Extraction.values(b, EntityType.ORGANIZATION));
    }

    @Test
    void aNaturalFeatureIsAlsoKnownByItsOwnName() {
        List<Annotation> a = extraction.of("Le volcan s'est réveillé sur la péninsule de Vastrand, près du mont Eldhorn.");
        assertEquals(Set.of("Vastrand", "Eldhorn"), Extraction.values(a, EntityType.LOCATION).stream()
                .flatMap(v -> a.stream().filter(x -> x.value().equals(v)).map(x -> x.feature(org.vigie.entities.api.Features.ALIAS)))
                .collect(java.util.stream.Collectors.toSet()));
        // counter-example: a sea keeps its noun, with no alias
        List<Annotation> b = extraction.of("Le navire croisait en mer de Kara.");
        assertEquals(Set.of("mer de Kara"), Extraction.values(b, EntityType.LOCATION));
    }

    @Test
    void anAppositionOrANounTypesAnOrganisationNamedOnce() {
        List<Annotation> a = extraction.of("Il a soutenu l'Alliance fluviale, une milice locale, puis l'organisation Sea Watchers.");
        assertEquals(Set.of("Alliance fluviale", "Sea Watchers"), Extraction.values(a, EntityType.ORGANIZATION));
        // counter-example: a one-word name that goes on in lower case is not cut short, and the title's last
        // place is not glued to the dateline
        List<Annotation> b = extraction.of("Il a rejoint la coalition Renouveau national du centre.");
        assertEquals(Set.of(), Extraction.values(b, EntityType.ORGANIZATION));
        // ... but a verb before its object is no lower-case continuation (and a given name may name a group)
        List<Annotation> d = extraction.of("Selon l'agence, le groupe de rançongiciels Akira exploite la faille.");
        assertEquals(Set.of("Akira"), Extraction.values(d, EntityType.ORGANIZATION));
        List<Annotation> c = extraction.of("Arrestation à Kivala\n\nKIVALA - Un homme a été arrêté.");
        assertEquals(Set.of("Kivala"), Extraction.values(c, EntityType.LOCATION));
    }

    @Test
    void instrumentsNamedInLowerCaseByTheirSubjectOrTheirYear() {
        List<Annotation> a = extraction.of("Le pays quitte la convention sur les mines à fragmentation et dénonce "
                + "l'accord de paix de 2015. Il a violé la loi sur le contrôle des exportations et des douanes.");
        assertEquals(Set.of("convention sur les mines à fragmentation", "accord de paix de 2015",
                "loi sur le contrôle des exportations"), Extraction.values(a, EntityType.LAW));
        // counter-example: an indefinite or short subject, a peace accord with no year or place
        List<Annotation> b = extraction.of("Une convention sur les salaires est signée ; la loi sur ce point et "
                + "l'accord de paix de longue durée restent flous.");
        assertEquals(Set.of(), Extraction.values(b, EntityType.LAW));
    }

    @Test
    void aBareCapitalisedLegislatureIsTheCountrysOwn() {
        List<Annotation> a = extraction.of("Le roi a dissous le Parlement. Les députés ont siégé au Sénat, puis devant l'Assemblée.");
        assertEquals(Set.of("Parlement", "Sénat", "Assemblée"), Extraction.values(a, EntityType.ORGANIZATION));
        // counter-example: at a sentence start, or in apposition to a local name, or a short form of a longer name
        List<Annotation> b = extraction.of("Parlement dissous. Il siège au Storting, le Parlement. Le Parlement européen a voté ; "
                + "le Parlement a suivi.");
        assertEquals(Set.of("Parlement européen"), Extraction.values(b, EntityType.ORGANIZATION));
    }
}
