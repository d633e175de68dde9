package org.vigie.corpus.importers.internal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class NewsDatesTest {

    @Test
    void findsTheUsualForms() {
        assertEquals(Optional.of(LocalDate.of(2025, 10, 26)), NewsDates.find("Báo Nhân dân26/10/2025"));
        assertEquals(Optional.of(LocalDate.of(2025, 10, 26)), NewsDates.find("publié le 2025-10-26"));
        assertEquals(Optional.of(LocalDate.of(2014, 12, 15)), NewsDates.find("15 décembre 2014"));
        assertEquals(Optional.of(LocalDate.of(2004, 7, 1)), NewsDates.find("le 1er juillet 2004"));
        assertEquals(Optional.of(LocalDate.of(2025, 10, 25)), NewsDates.find("October 25, 2025"));
        assertEquals(Optional.empty(), NewsDates.find("le 31/02/2025 n'existe pas"));
    }

    @Test
    void readsTheFrenchAndEnglishMonthFormsAndNoOther() {
        Map<String, Integer> forms = Map.ofEntries(
                Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3),
                Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
                Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
                Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12),
                Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
                Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
                Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
                Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
                Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
                Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
                Map.entry("dec", 12));
        forms.forEach((form, month) -> {
            assertEquals(Optional.of(LocalDate.of(2020, month, 3)), NewsDates.find("3 " + form + " 2020"), form);
            assertEquals(Optional.of(LocalDate.of(2020, month, 3)), NewsDates.find("3 " + form.toUpperCase(Locale.ROOT)
                    + " 2020"), form);
        });
        for (String other : List.of("janv", "févr", "fevr", "avr", "juil", "déc", "octobr")) {
            assertEquals(Optional.empty(), NewsDates.find("3 " + other + ". 2020"), other);
        }
    }

    @Test
    void findsDatesInArticleUrls() {
        assertEquals(Optional.of(LocalDate.of(2025, 10, 8)), NewsDates.fromUrl(
                "https://baotintuc.vn/thoi-su/tang-su-nhan-thuc-20251008172004795.htm"));
        assertEquals(Optional.of(LocalDate.of(2025, 10, 23)),
                NewsDates.fromUrl("https://exemple.com/2025/10/23/sanctions-petrole"));
        assertEquals(Optional.empty(), NewsDates.fromUrl("https://nhandan.vn/article-post918114.html"));
    }

    @Test
    void tellsADatelineFromASentenceWithADate() {
        assertTrue(NewsDates.isDateLine("15 décembre 2014"));
        assertTrue(NewsDates.isDateLine("Publié le 21/02/2024 à 10h30"));
        assertTrue(NewsDates.isDateLine("Jeudi 3 juin 2024"));
        assertFalse(NewsDates.isDateLine("Le 3 juin 2024, Interpol a annoncé une saisie record"));
    }

    @Test
    void readsTheDayOfAnIsoDateTime() {
        assertEquals(Optional.of(LocalDate.of(2024, 5, 30)), NewsDates.fromIso("2024-05-30T09:15:00+02:00"));
        assertEquals(Optional.empty(), NewsDates.fromIso("hier"));
    }
}
