package org.vigie.corpus.importers.internal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class NewsLayoutTest {

    private final NewsLayout layout = new NewsLayout();

    @Test
    void takesOutletAndDateFromAByline() {
        NewsLayout.Article article = layout.read("""
                Le Vietnam et Interpol renforcent leur coopération

                Les deux parties ont signé un accord sur l'échange d'informations criminelles.

                Báo Nhân dânBáo Nhân dân12/03/2025

                Le ministre a reçu la délégation à Hanoï.
                """);

        assertEquals("Le Vietnam et Interpol renforcent leur coopération", article.title());
        assertEquals("Nhân Dân", article.source());
        assertEquals(LocalDate.of(2025, 3, 12), article.published());
        assertFalse(article.text().contains("Báo Nhân dân"));
    }

    @Test
    void takesTheOutletFromADatelineAndKeepsTheDateline() {
        NewsLayout.Article article = layout.read("""
                Une délégation vietnamienne à Moscou

                Nhân Dân en ligne - Le vice-ministre a participé à une conférence internationale sur la sécurité.
                """);

        assertEquals("Nhân Dân", article.source());
        assertTrue(article.text().contains("Nhân Dân en ligne - Le vice-ministre"));
    }

    @Test
    void readsASectionLineAboveTheTitleAndASignatureAtTheEnd() {
        NewsLayout.Article article = layout.read("""
                Convention de Hanoï

                La police vietnamienne reçoit ses partenaires étrangers

                Le ministre a rencontré plusieurs homologues.

                Photo : VNA/CVN

                Les entretiens ont porté sur la criminalité transnationale.

                VNA/CVN
                """);

        assertEquals("La police vietnamienne reçoit ses partenaires étrangers", article.title());
        assertEquals("Convention de Hanoï", article.tags().get("section"));
        assertEquals("VNA", article.source());
        assertTrue(article.text().endsWith("Les entretiens ont porté sur la criminalité transnationale."));
        assertFalse(article.text().contains("Photo"));
    }

    @Test
    void readsADateWrittenInFrenchWordsBelowHeaderFurniture() {
        NewsLayout.Article article = layout.read("""
                All news
                |
                Print
                3 juin 2024

                Saisie record lors d'une opération coordonnée par INTERPOL

                Des douaniers de vingt pays ont participé à l'opération.
                """);

        assertEquals(LocalDate.of(2024, 6, 3), article.published());
        assertEquals("Saisie record lors d'une opération coordonnée par INTERPOL", article.title());
        assertTrue(article.text().startsWith("Saisie record"), article.text());
    }

    @Test
    void readsTheDateMarkerOfStoredPages() {
        NewsLayout.Article day = layout.read(" date 2025-09-05 Des pirates ont visé des réseaux de télécommunications."
                + " Les autorités ont publié un avis.");
        NewsLayout.Article month = layout.read(" date 2023-11 L'OSCE a ouvert son Conseil ministériel à Skopje.");

        assertEquals(LocalDate.of(2025, 9, 5), day.published());
        assertTrue(day.text().startsWith("Des pirates"));
        assertNull(month.published());
        assertEquals("2023-11", month.tags().get("published-month"));
        assertEquals("L'OSCE a ouvert son Conseil ministériel à Skopje", month.title());
    }

    @Test
    void dropsCaptionsRepeatedAsAltTextAndTheirCredits() {
        NewsLayout.Article article = layout.read("""
                Visite d'État à Hanoï

                Le président a déposé une gerbe au monument. Photo : VNA.
                Le président a déposé une gerbe au monument. Photo : VNA.
                Le cortège dans la rue Tràng Tiên. Photo: VNA Le cortège dans la rue Tràng Tiên. Photo: VNA
                La cérémonie au palais présidentiel. |
                Photo : VNA/CVN |
                Il a ensuite quitté le Vietnam.
                """);

        assertEquals("""
                Visite d'État à Hanoï

                Le président a déposé une gerbe au monument.
                Le cortège dans la rue Tràng Tiên.
                La cérémonie au palais présidentiel.
                Il a ensuite quitté le Vietnam.""", article.text());
    }

    @Test
    void cutsATrailingListOfLinksWithoutAMarker() {
        NewsLayout.Article article = layout.read("""
                Europol démantèle un réseau

                L'opération a mobilisé des enquêteurs de neuf pays.

                Patrimoine
                Économie
                Les plus belles baies du pays
                Système politique
                """);

        assertEquals("Europol démantèle un réseau\n\nL'opération a mobilisé des enquêteurs de neuf pays.", article.text());
    }

    @Test
    void makesATitleFromTheFirstSentenceWhenThereIsNoTitleLine() {
        NewsLayout.Article article = layout.read("La police moldave a annoncé l'arrestation de plusieurs suspects dans"
                + " une affaire d'achat de votes. Les enquêteurs ont saisi des documents lors de perquisitions menées"
                + " dans plusieurs districts du pays, selon un communiqué publié dans la soirée.");

        assertEquals("La police moldave a annoncé l'arrestation de plusieurs suspects dans une affaire d'achat de votes",
                article.title());
    }
}
