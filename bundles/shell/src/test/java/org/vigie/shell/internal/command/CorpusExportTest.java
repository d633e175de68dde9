package org.vigie.shell.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.testing.MemoryCorpusStore;

class CorpusExportTest {
    private static final String HOSTILE = " Ligne 1\r\nligne 2\n\u0000\u0007\u001b[31m \u2028\u202e 🛰 Hanoi\u0308 \"q\" \\ \n";

    @TempDir
    Path dir;
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyFieldIsWrittenOnOneLineAndReadsBackEqual() throws Exception {
        Document doc = new Document("id-1", HOSTILE, "<p>" + HOSTILE + "</p>", new DocumentMetadata("Titre\n2",
                "VNA\u0000", "https://x.invalid/?a=1&b=\u00e9", LocalDate.of(2025, 10, 26), "vi", "a\nb.html",
                "/news/a\nb.html", Instant.parse("2026-01-02T03:04:05.123456Z"), "text/html",
                Map.of("case", "hanoi", "k\u2028", "v\n")));
        StringWriter out = new StringWriter();

        new CorpusBackup(out).write(doc);

        String line = out.toString();
        assertEquals(line.length() - 1, line.indexOf('\n'), "one line, ended by the only newline");
        JsonNode read = json.readTree(line);
        assertEquals("id-1", read.get("id").asText());
        assertEquals(HOSTILE, read.get("text").asText());
        assertEquals("<p>" + HOSTILE + "</p>", read.get("rawText").asText());
        assertEquals("Titre\n2", read.get("title").asText());
        assertEquals("VNA\u0000", read.get("source").asText());
        assertEquals("https://x.invalid/?a=1&b=\u00e9", read.get("url").asText());
        assertEquals("2025-10-26", read.get("published").asText());
        assertEquals("vi", read.get("lang").asText());
        assertEquals("a\nb.html", read.get("fileName").asText());
        assertEquals("/news/a\nb.html", read.get("path").asText());
        assertEquals("2026-01-02T03:04:05.123456Z", read.get("imported").asText());
        assertEquals("text/html", read.get("mediaType").asText());
        assertEquals(Map.of("case", "hanoi", "k\u2028", "v\n"), json.convertValue(read.get("tags"), Map.class));
        assertEquals(List.of("case", "k\u2028"), names(iterable(read.get("tags").fieldNames())), "tags in key order");
    }

    @Test
    void leavesOutAbsentFieldsAndARawTextEqualToTheText() throws Exception {
        Document doc = new Document("id-2", "Texte", null,
                new DocumentMetadata(null, null, null, null, null, null, null, null, null, null));

        assertEquals(List.of("id", "lang", "tags", "text"), names(CorpusBackup.fields(doc).keySet()));
    }

    @Test
    void writesEveryDocumentInImportOrderAcrossPages() throws Exception {
        List<Document> docs = IntStream.range(0, CorpusExport.PAGE * 2 + 7).mapToObj(i -> doc(i, "Interpol " + i)).toList();
        Path out = dir.resolve("corpus.jsonl");
        Files.writeString(out, "old content");

        CorpusExport.run(new MemoryCorpusStore(docs), null, out, null);

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(docs.stream().map(Document::id).toList(), ids(lines));
        assertTrue(console.out.toString(StandardCharsets.UTF_8).startsWith("wrote " + out + ": 407 documents"), console.out.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(out), listDir(), "no temporary file left");
    }

    @Test
    void exportsOnlyWhatTheQueryFinds() throws Exception {
        Path out = dir.resolve("q.jsonl");

        CorpusExport.run(new MemoryCorpusStore(doc(1, "Interpol"), doc(2, "Europol"), doc(3, "Interpol et Europol")),
                "Europol", out, null);

        assertEquals(List.of("doc-2", "doc-3"), ids(Files.readAllLines(out, StandardCharsets.UTF_8)));
    }

    @Test
    void aFailedExportLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path out = dir.resolve("corpus.jsonl");
        Files.writeString(out, "old content");
        MemoryCorpusStore store = new MemoryCorpusStore(doc(1, "Un"), doc(2, "Deux")) {
            @Override
            public synchronized Optional<Document> get(String id) {
                return id.equals("doc-2") ? java.util.Optional.empty() : super.get(id);
            }
        };

        CorpusException e = assertThrows(CorpusException.class, () -> CorpusExport.run(store, null, out, null));

        assertEquals("document doc-2 went away during the export; run it again", e.getMessage());
        assertEquals("old content", Files.readString(out));
        assertEquals(List.of(out), listDir());
    }

    private static Document doc(int i, String text) {
        return new Document("doc-" + i, text, null, new DocumentMetadata("T" + i, "S", null, null, "fr",
                i + ".txt", "/n/" + i + ".txt", Instant.EPOCH, "text/plain", Map.of()));
    }

    private List<String> ids(List<String> lines) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String line : lines) {
            ids.add(json.readTree(line).get("id").asText());
        }
        return ids;
    }

    private List<Path> listDir() throws Exception {
        try (var files = Files.list(dir)) {
            return files.toList();
        }
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    private static List<String> names(Collection<String> keys) {
        return List.copyOf(keys);
    }
}
