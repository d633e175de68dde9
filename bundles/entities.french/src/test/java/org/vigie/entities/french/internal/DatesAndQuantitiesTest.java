package org.vigie.entities.french.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;

/** Dates and quantities through the whole extractor, as spans (the annotators alone: {@code value}). */
class DatesAndQuantitiesTest {

    private final Extraction extraction = new Extraction();

    private List<String> dates(String text, LocalDate published) {
        return Spans.of(extraction.of(text, published), EntityType.DATE);
    }

    @Test
    void implicitYearsComeFromThePublicationDate() {
        assertEquals(List.of("[3,13) DATE 26 octobre = 2025-10-26"), dates("Le 26 octobre au matin, la cérémonie a eu lieu.",
                LocalDate.of(2025, 10, 27)));
        assertEquals(List.of("[3,13) DATE 26 octobre = null"), dates("Le 26 octobre au matin, la cérémonie a eu lieu.", null));
    }

    @Test
    void rangesGiveOneAnnotationPerDay() {
        assertEquals(List.of("[30,45) DATE 7 et 8 novembre = 2024-11-07", "[30,45) DATE 7 et 8 novembre = 2024-11-08"),
                dates("La conférence s'est tenue les 7 et 8 novembre à Moscou.", LocalDate.of(2024, 11, 10)));
        assertEquals(List.of("[16,32) DATE 19 au 20 février = 2024-02-19",
                "[16,32) DATE 19 au 20 février = 2024-02-20"),
                dates("Dans la nuit du 19 au 20 février, des drones ont été abattus.", LocalDate.of(2024, 2, 21)));
    }

    @Test
    void explicitYearsNumericDatesWeekdaysAndMonths() {
        assertEquals(List.of("[10,20) DATE 26/10/2025 = 2025-10-26",
                "[32,55) DATE lundi 11 septembre 2023 = 2023-09-11", "[63,72) DATE juin 2021 = 2021-06"),
                dates("Publié le 26/10/2025. Visite du lundi 11 septembre 2023, après juin 2021.", null));
    }

    @Test
    void lastMonthIsBeforeThePublication() {
        assertEquals(List.of("[3,18) DATE octobre dernier = 2024-10",
                "[27,45) DATE 20 janvier dernier = 2025-01-20"),
                dates("En octobre dernier puis le 20 janvier dernier, des pirates ont agi.", LocalDate.of(2025, 9, 5)));
    }

    @Test
    void aDateLongAfterThePublicationIsOfTheYearBefore() {
        assertEquals(List.of("[3,14) DATE 10 décembre = 2023-12-10"), dates("Le 10 décembre, la frégate a tiré.", LocalDate.of(2024, 2, 1)));
    }

    @Test
    void quantitiesWithTheirUnit() {
        List<Annotation> a = extraction.of("Plus de 100 000 cas, soit 36% du total, et 34 millions de personnes ; 7 milliards d'euros.");
        List<String> found = a.stream().filter(x -> x.type().equals(EntityType.QUANTITY))
                .map(x -> x.value() + "/" + x.feature(Features.UNIT)).toList();
        assertEquals(List.of("100000 cas/cas", "36%/%", "34 millions de personnes/personnes", "7 milliards d'euros/euros"),
                found);
        assertEquals(List.of("[8,19) QUANTITY 100 000 cas = 100000 cas", "[26,29) QUANTITY 36%",
                "[43,67) QUANTITY 34 millions de personnes", "[70,89) QUANTITY 7 milliards d'euros"),
                Spans.of(a, EntityType.QUANTITY));
    }

    @Test
    void yearsAloneAreNeitherDatesNorQuantities() {
        List<Annotation> a = extraction.of("Depuis 2009, le pays soutient les négociations.");
        assertNull(a.stream().filter(x -> !x.type().isEntity()).findFirst().orElse(null));
    }
}
