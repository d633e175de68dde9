package org.vigie.corpus.importers.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.ImportException;
import org.vigie.corpus.api.ParsedDocument;
import org.vigie.corpus.importers.internal.Fixtures;

class PlainTextImporterTest {

    private final PlainTextImporter importer = new PlainTextImporter();

    @Test
    void readsANewsPageCopiedAsUtf8WithABom() {
        ParsedDocument doc = Fixtures.readOne(importer, Fixtures.fixture("bom-utf8.txt"));

        assertEquals("Hanoï accueille la signature de la Convention des Nations unies contre la cybercriminalité",
                doc.title());
        assertEquals("https://fr.example-news.vn/politique/signature-convention-hanoi-20251026093000123.htm",
                doc.url());
        assertEquals("fr.example-news.vn", doc.source());
        assertEquals(LocalDate.of(2025, 10, 26), doc.published());
        assertEquals("text/plain", doc.mediaType());
        assertEquals("UTF-8", doc.tags().get("charset"));
    }

    @Test
    void cutsPageFurnitureFromTheTextButKeepsItInTheRawText() {
        ParsedDocument doc = Fixtures.readOne(importer, Fixtures.fixture("bom-utf8.txt"));

        assertTrue(doc.text().startsWith("Hanoï accueille la signature"), doc.text());
        assertTrue(doc.text().endsWith("António Guterres, était présent à la cérémonie."), doc.text());
        for (String furniture : new String[] {"Vietnam.vn", "Photo : VNA", "photo-library", "Source:", "Comment (0)",
            "Même catégorie", "Hôi An", ">>"}) {
            assertFalse(doc.text().contains(furniture), furniture + " left in: " + doc.text());
            assertTrue(doc.rawText().contains(furniture), furniture + " lost from the raw text");
        }
        assertTrue(doc.text().contains("d’ouverture à la signature"), "typographic apostrophe kept");
        assertFalse(doc.rawText().startsWith("\uFEFF"));
    }

    @Test
    void decodesAWindows1252FrenchText() {
        ParsedDocument doc = Fixtures.readOne(importer, Fixtures.fixture("latin1-cp1252.txt"));

        assertEquals("Europol coordonne une opération contre un réseau de rançongiciels", doc.title());
        assertEquals("windows-1252", doc.tags().get("charset"));
        assertEquals(LocalDate.of(2024, 2, 21), doc.published());
        assertEquals("AFP", doc.source());
        assertTrue(doc.text().contains("l’Agence nationale de lutte contre la criminalité du Royaume-Uni"));
        assertTrue(doc.text().contains("l’œuvre de ce groupe a touché des hôpitaux"));
        assertFalse(doc.text().contains("Source"));
    }

    @Test
    void acceptsTextFilesAndTextOfUnknownKindButNotBinaries(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.md"), "Réunion de l'ASEAN à Vientiane", StandardCharsets.UTF_8);
        Path page = Files.writeString(dir.resolve("page.html"), "<p>texte</p>", StandardCharsets.UTF_8);

        assertTrue(importer.accepts(Fixtures.source(Fixtures.fixture("latin1-cp1252.txt"))));
        assertTrue(importer.accepts(Fixtures.source(notes)));
        assertFalse(importer.accepts(Fixtures.source(page)));
        assertFalse(importer.accepts(Fixtures.source(Fixtures.fixture("random.bin"))));
    }

    @Test
    void refusesBinaryContentNamedTxt(@TempDir Path dir) throws Exception {
        Path fake = Files.write(dir.resolve("fake.txt"), Files.readAllBytes(Fixtures.fixture("random.bin")));

        ImportException e = assertThrows(ImportException.class, () -> importer.read(Fixtures.source(fake)));

        assertTrue(e.getMessage().startsWith("binary content"), e.getMessage());
    }

    @Test
    void refusesAFileOfBlankLines(@TempDir Path dir) throws Exception {
        Path blank = Files.writeString(dir.resolve("blank.txt"), "\n  \n\t\n");

        ImportException e = assertThrows(ImportException.class, () -> importer.read(Fixtures.source(blank)));

        assertTrue(e.getMessage().startsWith("empty file"), e.getMessage());
    }

    @Test
    void leavesMetadataUnknownWhenTheTextGivesNone(@TempDir Path dir) throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.txt"),
                "Interpol a son siège à Lyon.\nL'organisation coordonne des opérations dans le monde entier.\n");

        ParsedDocument doc = Fixtures.readOne(importer, plain);

        assertNull(doc.url());
        assertNull(doc.source());
        assertNull(doc.published());
        assertEquals("Interpol a son siège à Lyon", doc.title());
    }
}
