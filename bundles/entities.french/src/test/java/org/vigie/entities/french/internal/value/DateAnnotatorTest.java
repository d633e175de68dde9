package org.vigie.entities.french.internal.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigie.entities.french.internal.Scans;
import org.vigie.entities.french.internal.Spans;

/** {@link DateAnnotator} alone, over a scan with or without a publication date. */
class DateAnnotatorTest {

    private final DateAnnotator dates = new DateAnnotator();

    private List<String> spans(String text, LocalDate published) {
        return Spans.of(dates.find(Scans.of(text, published), "test"));
    }

    @Test
    void anImplicitYearIsThePublicationsAndUnknownWithoutIt() {
        String text = "Le 26 octobre au matin, la cérémonie a eu lieu.";
        assertEquals(List.of("[3,13) DATE 26 octobre = 2025-10-26"), spans(text, LocalDate.of(2025, 10, 27)));
        assertEquals(List.of("[3,13) DATE 26 octobre = null"), spans(text, null));
    }

    @Test
    void aRangeGivesOneAnnotationPerDayOverTheWholeRange() {
        assertEquals(List.of("[30,45) DATE 7 et 8 novembre = 2024-11-07", "[30,45) DATE 7 et 8 novembre = 2024-11-08"),
                spans("La conférence s'est tenue les 7 et 8 novembre à Moscou.", LocalDate.of(2024, 11, 10)));
    }

    @Test
    void numericDatesWeekdaysAndMonthsAlone() {
        assertEquals(List.of("[10,20) DATE 26/10/2025 = 2025-10-26", "[32,55) DATE lundi 11 septembre 2023 = 2023-09-11",
                "[63,72) DATE juin 2021 = 2021-06"),
                spans("Publié le 26/10/2025. Visite du lundi 11 septembre 2023, après juin 2021.", null));
    }
}
