package org.vigie.corpus.importers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.ImportException;
import org.vigie.corpus.api.ParsedDocument;

class JsonLinesImporterTest {

    private final JsonLinesImporter importer = new JsonLinesImporter();

    @Test
    void readsOneDocumentPerLine() {
        List<ParsedDocument> docs = importer.read(Fixtures.source(Fixtures.fixture("articles.jsonl")));

        assertEquals(2, docs.size());
        ParsedDocument interpol = docs.get(0);
        assertEquals("Interpol élit un nouveau secrétaire général", interpol.title());
        assertEquals("Exemple Info", interpol.source());
        assertEquals("https://exemple.org/interpol-urquiza", interpol.url());
        assertEquals(LocalDate.of(2024, 11, 7), interpol.published());
        assertTrue(interpol.text().startsWith("En novembre 2024, l'Assemblée générale d'Interpol"));
        ParsedDocument budapest = docs.get(1);
        assertEquals(LocalDate.of(2021, 11, 23), budapest.published());
        assertNull(budapest.source());
        assertEquals("application/x-ndjson", budapest.mediaType());
    }

    @Test
    void namesTheSkippedLinesWithTheirNumbers() {
        List<ParsedDocument> docs = importer.read(Fixtures.source(Fixtures.fixture("articles.jsonl")));

        String skipped = docs.get(0).tags().get(JsonLinesImporter.SKIPPED_TAG);
        assertTrue(skipped.startsWith("line 2: invalid JSON"), skipped);
        assertTrue(skipped.contains("line 5: no \"text\""), skipped);
        assertFalse(skipped.contains("line 3"), "a blank line is not an error");
    }

    @Test
    void refusesAFileWithoutAnyValidLine(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.ndjson"), "[1, 2]\n{\"text\": 42}\n", StandardCharsets.UTF_8);

        ImportException e = assertThrows(ImportException.class, () -> importer.read(Fixtures.source(bad)));

        assertEquals("no valid line: line 1: not a JSON object; line 2: \"text\" is not a string", e.getMessage());
    }

    @Test
    void refusesAFileThatIsNotUtf8(@TempDir Path dir) throws Exception {
        Path latin = Files.write(dir.resolve("latin.jsonl"),
                "{\"text\": \"Sécurité publique\"}\n".getBytes(StandardCharsets.ISO_8859_1));

        ImportException e = assertThrows(ImportException.class, () -> importer.read(Fixtures.source(latin)));

        assertTrue(e.getMessage().startsWith("not UTF-8"), e.getMessage());
    }
}
