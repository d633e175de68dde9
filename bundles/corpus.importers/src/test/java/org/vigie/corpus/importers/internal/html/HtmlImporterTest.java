package org.vigie.corpus.importers.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.ParsedDocument;
import org.vigie.corpus.importers.internal.Fixtures;

class HtmlImporterTest {

    private final HtmlImporter importer = new HtmlImporter();

    @Test
    void readsOpenGraphMetadata() {
        ParsedDocument doc = Fixtures.readOne(importer, Fixtures.fixture("page.html"));

        assertEquals("Opération Endgame : Europol frappe les réseaux de logiciels malveillants", doc.title());
        assertEquals("Exemple Actu", doc.source());
        assertEquals("https://actu.exemple.fr/securite/operation-endgame", doc.url());
        assertEquals(LocalDate.of(2024, 5, 30), doc.published());
        assertEquals("fr", doc.language());
        assertEquals("text/html", doc.mediaType());
    }

    @Test
    void keepsTheArticleParagraphsAsLinesWithoutScriptsNavigationOrBoilerplate() {
        ParsedDocument doc = Fixtures.readOne(importer, Fixtures.fixture("page.html"));

        String[] lines = doc.text().split("\n");
        assertEquals(4, lines.length, doc.text());
        assertEquals("Opération Endgame : Europol frappe les réseaux de logiciels malveillants", lines[0]);
        assertTrue(lines[1].startsWith("Fin mai 2024, Europol et Eurojust ont coordonné l'opération Endgame"));
        assertTrue(lines[1].contains("contre les botnets qui servent"), "inline elements stay in their line");
        for (String furniture : new String[] {"tracker", "publicité", "Accueil", "Monde", "cookies", "Partager",
            "À lire aussi", "Rechercher", "Mentions légales", "font-family"}) {
            assertFalse(doc.text().contains(furniture), furniture + " left in the text");
        }
        assertTrue(doc.rawText().contains("Mentions légales"), "the raw text keeps the whole page");
        assertFalse(doc.rawText().contains("tracker"), "scripts are not text");
    }

    @Test
    void takesTheDensestBlockWhenThereIsNoArticleElement(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("sans-article.htm"), """
                <html><head><title>Réunion de l'ASEAN</title></head><body>
                <div class="menu-top"><p>Accueil</p></div>
                <div id="contenu">
                  <p>Les ministres de l'ASEAN chargés de la criminalité transnationale se réunissent chaque année.</p>
                  <p>Ils examinent la lutte contre la traite des êtres humains et les escroqueries en ligne.</p>
                </div>
                <div><p>Court.</p></div>
                </body></html>
                """, StandardCharsets.UTF_8);

        ParsedDocument doc = Fixtures.readOne(importer, page);

        assertEquals("Réunion de l'ASEAN", doc.title());
        assertTrue(doc.text().startsWith("Les ministres de l'ASEAN"), doc.text());
        assertFalse(doc.text().contains("Court."));
        assertFalse(doc.text().contains("Accueil"));
    }

    @Test
    void readsAnOldPageSavedInWindows1252WithoutADeclaredCharset(@TempDir Path dir) throws Exception {
        Path page = Files.write(dir.resolve("ancienne.html"), ("<html><body><article><p>Le ministère de la Sécurité "
                + "publique a reçu l’équipe d’Interpol à Hanoï.</p></article></body></html>")
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));

        ParsedDocument doc = Fixtures.readOne(importer, page);

        assertEquals("Le ministère de la Sécurité publique a reçu l’équipe d’Interpol à Hanoï.", doc.text());
    }

    @Test
    void followsTheDeclaredCharset(@TempDir Path dir) throws Exception {
        Path page = Files.write(dir.resolve("latin1.html"), ("<html><head><meta charset=\"ISO-8859-1\"></head><body>"
                + "<p>Déclaration commune des ministres à Genève.</p></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1));

        ParsedDocument doc = Fixtures.readOne(importer, page);

        assertEquals("Déclaration commune des ministres à Genève.", doc.text());
    }

    @Test
    void neverResolvesExternalEntities(@TempDir Path dir) throws Exception {
        Path xhtml = Files.writeString(dir.resolve("xxe.xhtml"), """
                <?xml version="1.0"?>
                <!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <html xmlns="http://www.w3.org/1999/xhtml"><body>
                <article><p>Texte de l'article &secret; et la suite du paragraphe sur Interpol.</p></article>
                </body></html>
                """, StandardCharsets.UTF_8);

        ParsedDocument doc = Fixtures.readOne(importer, xhtml);

        assertTrue(doc.text().contains("Texte de l'article"), doc.text());
        assertFalse(doc.text().contains("root:"), "an external entity was resolved");
    }

    @Test
    void acceptsHtmlByExtensionOrByItsFirstBytes(@TempDir Path dir) throws Exception {
        Path noExtension = Files.writeString(dir.resolve("page-sauvegardee"), "  <!DOCTYPE html><html></html>");
        Path text = Files.writeString(dir.resolve("note"), "Une simple note.");

        assertTrue(importer.accepts(Fixtures.source(Fixtures.fixture("page.html"))));
        assertTrue(importer.accepts(Fixtures.source(noExtension)));
        assertFalse(importer.accepts(Fixtures.source(text)));
    }

    @Test
    void keepsEveryParagraphOfAPageNested100000Deep(@TempDir Path dir) throws Exception {
        int depth = 100_000;
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Profond</title></head><body>");
        for (int i = 0; i < depth; i++) {
            html.append("<div>");
            if (i % 20_000 == 0 || i == depth - 1) {
                html.append("<p>Paragraphe au niveau ").append(i).append(" sur la coopération policière.</p>");
            }
        }
        html.append("</div>".repeat(depth)).append("<p>Dernier paragraphe après la descente.</p></body></html>");
        Path page = Files.writeString(dir.resolve("profond.html"), html, StandardCharsets.UTF_8);

        ParsedDocument doc = Fixtures.readOne(importer, page);

        for (int level : new int[] {0, 20_000, 40_000, 60_000, 80_000, depth - 1}) {
            assertTrue(doc.rawText().contains("Paragraphe au niveau " + level + " "), "level " + level);
            assertTrue(doc.text().contains("Paragraphe au niveau " + level + " "), "level " + level + " in the text");
        }
        assertTrue(doc.text().contains("Dernier paragraphe après la descente."), doc.text());
    }

    @Test
    void refusesAPageOverTheSizeLimit(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("enorme.html");
        try (var out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            out.write("<html><body>");
            String paragraph = "<p>" + "Texte de remplissage. ".repeat(40) + "</p>\n";
            for (long written = 0; written <= HtmlImporter.MAX_PAGE_MB * 1024L * 1024; written += paragraph.length()) {
                out.write(paragraph);
            }
        }

        org.vigie.corpus.api.ImportException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.vigie.corpus.api.ImportException.class, () -> importer.read(Fixtures.source(page)));

        assertTrue(e.getMessage().startsWith("too large for a web page: 20.0 MB, the limit is 20 MB"), e.getMessage());
    }

    @Test
    void refusesAPageOfTooManyTags(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("balises.html"), "<html><body><p>" + "<b>".repeat(HtmlImporter.MAX_TAGS)
                + "texte</p></body></html>", StandardCharsets.UTF_8);

        org.vigie.corpus.api.ImportException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.vigie.corpus.api.ImportException.class, () -> importer.read(Fixtures.source(page)));

        assertEquals("too many tags for a web page: over 1,000,000", e.getMessage());
    }
}
