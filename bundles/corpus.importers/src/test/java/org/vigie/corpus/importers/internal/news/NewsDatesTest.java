package org.vigie.corpus.importers.internal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
