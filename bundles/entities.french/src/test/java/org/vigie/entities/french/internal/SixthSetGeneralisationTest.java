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
}
