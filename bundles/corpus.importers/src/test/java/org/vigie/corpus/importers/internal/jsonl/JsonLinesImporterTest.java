package org.vigie.corpus.importers.internal.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.ImportException;
import org.vigie.corpus.api.ImportSink;
import org.vigie.corpus.api.ParsedDocument;
import org.vigie.corpus.importers.internal.Fixtures;

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
        List<String> notes = new ArrayList<>();

        importer.read(Fixtures.source(Fixtures.fixture("articles.jsonl")), sink(new ArrayList<>(), notes));

        String skipped = String.join("; ", notes);
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
    void repairsALineThatIsNotUtf8AndNamesIt(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"text\": \"Sécurité publique à Hanoï\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"text\": \"Coopération policière\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        Path mixed = Files.write(dir.resolve("mixed.jsonl"), bytes.toByteArray());
        List<ParsedDocument> docs = new ArrayList<>();
        List<String> notes = new ArrayList<>();

        importer.read(Fixtures.source(mixed), sink(docs, notes));

        assertEquals(List.of("Sécurité publique à Hanoï", "Coopération policière"),
                docs.stream().map(ParsedDocument::text).toList());
        assertEquals(List.of("line 2: not UTF-8, read as windows-1252"), notes);
    }

    @Test
    void capsALineNotTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("long.jsonl");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"text\": \"Premier article.\"}\n{\"text\": \"");
            String chunk = "x".repeat(1 << 20);
            for (int i = 0; i <= JsonLinesImporter.MAX_LINE_MB; i++) {
                out.write(chunk);
            }
            out.write("\"}\n{\"text\": \"Troisième article.\"}\n");
        }
        List<ParsedDocument> docs = new ArrayList<>();
        List<String> notes = new ArrayList<>();

        importer.read(Fixtures.source(file), sink(docs, notes));

        assertEquals(List.of("Premier article.", "Troisième article."), docs.stream().map(ParsedDocument::text).toList());
        assertEquals(List.of("line 2: too long: over 16 MB, the limit for one line"), notes);
        assertTrue(importer.streams(), "the corpus importer applies no file size limit to JSON Lines");
    }

    private static ImportSink sink(List<ParsedDocument> docs, List<String> notes) {
        return new ImportSink() {
            @Override
            public void document(ParsedDocument document) {
                docs.add(document);
            }

            @Override
            public void note(String remark) {
                notes.add(remark);
            }
        };
    }
}
