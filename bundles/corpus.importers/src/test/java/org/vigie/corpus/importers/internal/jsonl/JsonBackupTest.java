package org.vigie.corpus.importers.internal.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.ImportSink;
import org.vigie.corpus.api.ParsedDocument;
import org.vigie.corpus.importers.internal.Fixtures;
import org.vigie.corpus.importers.internal.Provenance;

class JsonBackupTest {
    private static final String HOSTILE = "  Ligne 1\r\nligne 2\n\u0000\u0007\u001b[31m \u2028\u202e bidi 🛰 "
            + Normalizer.normalize("Hanoï Lương Cường", Normalizer.Form.NFD) + " \"quoted\" \\ back  \n";

    @TempDir
    Path dir;
    private final ObjectMapper json = new ObjectMapper();
    private final List<ParsedDocument> docs = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    @Test
    void restoresTheExactTextAndEveryStoredField() throws Exception {
        Map<String, Object> line = line(HOSTILE);
        line.put("rawText", "<p>" + HOSTILE + "</p>");

        read(line);

        assertEquals(List.of(), notes);
        ParsedDocument doc = docs.get(0);
        assertEquals(HOSTILE, doc.text(), "not stripped, not NFC, line ends kept");
        assertEquals("<p>" + HOSTILE + "</p>", doc.rawText());
        DocumentMetadata stored = doc.stored();
        assertEquals(new DocumentMetadata("Titre\nsur deux lignes", "VNA", "https://exemple.org/a?b=1",
                LocalDate.of(2025, 10, 26), "vi", "a b.html", "/news/a b.html", Instant.parse("2026-01-02T03:04:05.123456Z"),
                "text/html", Map.of("case", "hanoi", "note", "ligne\nde tag")), stored);
    }

    @Test
    void refusesALineWhoseIdIsNotTheHashOfItsText() throws Exception {
        Map<String, Object> line = line("Texte original");
        line.put("text", "Texte modifié");

        read(line, line(Normalizer.normalize("Texte é", Normalizer.Form.NFC)));

        assertEquals(1, docs.size());
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).startsWith("line 1: \"id\" " + Provenance.id("Texte original")
                + " is not the SHA-256 of its \"text\""), notes.get(0));
    }

    @Test
    void refusesAnUnreadableDateOrTags() throws Exception {
        Map<String, Object> date = line("Un");
        date.put("published", "26 octobre 2025");
        Map<String, Object> tags = line("Deux");
        tags.put("tags", Map.of("n", 3));

        read(date, tags, line("Trois"));

        assertEquals(List.of("line 1: \"published\" is not a date yyyy-mm-dd: 26 octobre 2025",
                "line 2: tag \"n\" is not a string"), notes);
        assertEquals("Trois", docs.get(0).text());
    }

    @Test
    void aLineWithoutIdIsStillAnArticleWithNewProvenance() throws Exception {
        read(Map.of("text", "  Un article\r\n"));

        assertEquals("Un article", docs.get(0).text());
        assertNull(docs.get(0).stored());
    }

    @Test
    void restoresAHugeTextWithinTheLineLimit() throws Exception {
        String huge = "Interpol coopère. ".repeat(400_000); // about 7 MB
        read(line(huge));

        assertEquals(List.of(), notes);
        assertEquals(huge, docs.get(0).text());
    }

    private Map<String, Object> line(String text) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", Provenance.id(text));
        line.put("title", "Titre\nsur deux lignes");
        line.put("source", "VNA");
        line.put("url", "https://exemple.org/a?b=1");
        line.put("published", "2025-10-26");
        line.put("lang", "vi");
        line.put("fileName", "a b.html");
        line.put("path", "/news/a b.html");
        line.put("imported", "2026-01-02T03:04:05.123456Z");
        line.put("mediaType", "text/html");
        line.put("tags", Map.of("case", "hanoi", "note", "ligne\nde tag"));
        line.put("text", text);
        return line;
    }

    @SafeVarargs
    private void read(Map<String, Object>... lines) throws Exception {
        StringBuilder file = new StringBuilder();
        for (Map<String, Object> line : lines) {
            file.append(json.writeValueAsString(line)).append('\n');
        }
        Path path = Files.writeString(dir.resolve("backup.jsonl"), file, StandardCharsets.UTF_8);
        new JsonLinesImporter().read(Fixtures.source(path), new ImportSink() {
            @Override
            public void document(ParsedDocument document) {
                docs.add(document);
            }

            @Override
            public void note(String remark) {
                notes.add(remark);
            }
        });
    }
}
