package org.vigie.shell.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.CorpusImporter;
import org.vigie.corpus.api.CorpusStats;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.corpus.api.FileOutcome;
import org.vigie.corpus.api.ImportOptions;
import org.vigie.corpus.api.ImportProgress;
import org.vigie.corpus.api.ImportReport;
import org.vigie.corpus.api.SearchHit;
import org.vigie.corpus.api.SearchRequest;
import org.vigie.corpus.api.SearchResult;
import org.vigie.corpus.api.copies.Copy;
import org.vigie.corpus.api.copies.CopyCluster;
import org.vigie.corpus.api.copies.CorpusCopies;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vigie.shell.internal.format.TerminalText;

class CorpusCommandsTest {
    private static final Document HANOI = document("a1e766628a20f0e9", "Convention de Hanoï",
            "La convention contre la cybercriminalité a été signée à Hanoï. Interpol salue le texte.", "VNA",
            LocalDate.of(2025, 10, 26), "fr");
    private static final Document LOCKBIT = document("f50682956ae7524c", "Sanctions contre LockBit",
            "Trois pays sanctionnent l’administrateur présumé de LockBit.", null, null, "fr");

    @TempDir
    Path folder;
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final ByteArrayOutputStream out = console.out;
    private final ByteArrayOutputStream err = console.err;
    private final MemoryStore store = new MemoryStore();
    private final RecordingImporter importer = new RecordingImporter();
    private CorpusCommands commands;

    @BeforeEach
    void wire() {
        commands = new CorpusCommands(store);
        commands.importer = importer;
        store.add(List.of(HANOI, LOCKBIT));
    }

    @Test
    void filesTheStoreCouldNotKeepAreNamedAndTheRerunSaid() throws Exception {
        Path good = Files.writeString(folder.resolve("a.txt"), "texte");
        Path down = Files.writeString(folder.resolve("down.txt"), "texte");
        commands._import(null, "", "", "", good.toString(), down.toString());
        assertEquals("imported " + good + "\nimported 1, unchanged 0, failed 1\n", stdout());
        assertEquals("error: cannot import " + down + ": not stored: cannot reach the OpenSearch cluster at http://h:9200/:"
                + " connection refused\n1 file was not stored (see above): run the same command again to finish; the"
                + " documents already stored are skipped\n", stderr());
    }

    @Test
    void importPrintsALinePerFileAnErrorLinePerFailureAndTheSummary() throws Exception {
        Path good = Files.writeString(folder.resolve("a.txt"), "texte");
        Path missing = folder.resolve("absent.txt");
        commands._import(null, "VNA", "fr", "case=hanoi", good.toString(), missing.toString(), "--tag", "lot=2,vu=oui");
        assertEquals(new ImportOptions("VNA", "fr", Map.of("case", "hanoi", "lot", "2", "vu", "oui")), importer.options);
        assertEquals(List.of(good, missing), importer.paths);
        assertEquals("imported " + good + "\nimported 1, unchanged 0, failed 1\n", stdout());
        assertEquals("error: cannot import " + missing + ": no such file or folder\n", stderr());
    }

    @Test
    void importSummarySaysHowManyImportedDocumentsCopyAnEarlierArticle() throws Exception {
        Path file = Files.writeString(folder.resolve("wire.jsonl"), "{}");
        List<String> imported = new ArrayList<>(List.of("copy1", "other", "copy2"));
        commands.importer = (paths, options, progress) -> new ImportReport(
                List.of(new FileOutcome(file, FileOutcome.Status.IMPORTED, imported, null)), imported.size(), Duration.ZERO);
        commands.copies = new OneCluster(HANOI.summary(), "copy1", "copy2");
        commands._import(null, "", "", "", file.toString());
        imported.remove("copy2");
        commands._import(null, "", "", "", file.toString());
        imported.set(0, HANOI.id()); // the original, stored earlier and imported again, is no copy
        commands._import(null, "", "", "", file.toString());
        assertEquals(List.of("imported 1, unchanged 0, failed 0, 2 copies of earlier articles",
                "imported 1, unchanged 0, failed 0, 1 copy of an earlier article",
                "imported 1, unchanged 0, failed 0"), stdout().lines().filter(l -> l.startsWith("imported 1")).toList());
    }

    /** One cluster: an original and copies with the given ids. */
    private record OneCluster(DocumentSummary original, String... copyIds) implements CorpusCopies {
        @Override
        public List<CopyCluster> clusters() {
            List<Copy> copies = Arrays.stream(copyIds).map(id -> new Copy(new DocumentSummary(id, original.metadata(), 1), 0.8))
                    .toList();
            return List.of(new CopyCluster(new Copy(original, 1), copies));
        }

        @Override
        public Optional<CopyCluster> clusterOf(String id) {
            return clusters().stream().filter(c -> c.contains(id)).findFirst();
        }

        @Override
        public double threshold() {
            return 0.3;
        }
    }

    @Test
    void importFailsOnlyWhenNothingCouldBeRead() {
        Path missing = folder.resolve("absent");
        CorpusException e = assertThrows(CorpusException.class, () -> commands._import(null, "", "", "", missing.toString()));
        assertEquals("nothing imported: the only file failed (see above)", e.getMessage());
        assertEquals("error: cannot import " + missing + ": no such file or folder\n", stderr());
        assertEquals("imported 0, unchanged 0, failed 1\n", stdout());
        assertThrows(CorpusException.class, () -> commands._import(null, "", "", "pas-de-signe", folder.toString()));
        commands.importer = null;
        assertTrue(assertThrows(CorpusException.class, () -> commands._import(null, "", "", "", folder.toString()))
                .getMessage().startsWith("cannot import: no corpus importer is running"));
    }

    @Test
    void ctrlCEndsTheImportWithOneLineSayingHowFarItGotAndHowToFinish() throws Exception {
        Path first = Files.writeString(folder.resolve("a.txt"), "texte");
        commands.importer = (paths, options, progress) -> {
            FileOutcome done = new FileOutcome(first, FileOutcome.Status.IMPORTED, List.of("x"), null);
            progress.fileDone(done, 1, 20);
            Thread.currentThread().interrupt(); // Ctrl-C: the importer stops at the next file
            return new ImportReport(List.of(done), 500, Duration.ofMillis(5));
        };
        CorpusException e = assertThrows(CorpusException.class, () -> commands._import(null, "", "", "", folder.toString()));
        String line = "interrupted: imported 1 of 20 files (500 new documents); run the same command again to finish";
        assertEquals(line, e.getMessage());
        assertEquals(line + "\n", stderr(), "printed too: Gogo drops what a cancelled command throws");
        assertEquals("imported " + first + "\n", stdout());
        assertFalse(Thread.interrupted(), "the interrupt is consumed by the command");
    }

    @Test
    void listsAsAnAlignedTableOrJsonLines() throws Exception {
        commands.list(20, 0, false);
        List<String> lines = stdout().lines().toList();
        assertTrue(lines.get(0).startsWith("ID            PUBLISHED   LANG  SOURCE  TITLE"), lines.get(0));
        assertTrue(lines.get(1).startsWith("a1e766628a20  2025-10-26  fr    VNA     Convention de Hanoï"), lines.get(1));
        assertEquals("documents 1-2 of 2", lines.get(3));
        out.reset();
        commands.list(1, 1, true);
        JsonNode line = new ObjectMapper().readTree(stdout());
        assertEquals(LOCKBIT.id(), line.get("id").asText());
        assertEquals(List.of("id", "file", "title", "source", "url", "published", "lang"), names(line));
        assertTrue(line.get("published").isNull());
    }

    @Test
    void showsMetadataThenText() {
        commands.show(false, "a1e7");
        String shown = stdout();
        assertTrue(shown.startsWith("id         a1e766628a20f0e9\ntitle      Convention de Hanoï\nsource     VNA\n"), shown);
        assertTrue(shown.contains("tag        case=hanoi\n"), shown);
        assertTrue(shown.endsWith("\n\n" + HANOI.text() + "\n"), shown);
        CorpusException e = assertThrows(CorpusException.class, () -> commands.show(false, "zz"));
        assertEquals("no document 'zz' in the corpus (an id prefix needs at least 4 characters)", e.getMessage());
    }

    @Test
    void showPrintsNoControlSequenceFromTheDocument() {
        Document hostile = new Document("b0b0b0b0b0b0b0b0", "Ligne un\n\u001b[2Jdeux\r", null, new DocumentMetadata(
                "Titre\nid         forged\u001b]0;pwned\u0007", "\u202eAVN", null, null, "fr", "a\nb.txt", "/news/a\nb.txt",
                null, "text/plain", Map.of("k\u001b", "v\n")));
        store.add(List.of(hostile));

        commands.show(false, "b0b0");

        String shown = stdout();
        assertTrue(shown.contains("title      Titre\\nid         forged\\x1b]0;pwned\\x07\n"), shown);
        assertTrue(shown.contains("file       /news/a\\nb.txt\n"), shown);
        assertTrue(shown.endsWith("\n\nLigne un\n[2Jdeux\n\n"), shown);
        assertTrue(shown.chars().noneMatch(c -> c != '\n' && TerminalText.isUnsafe((char) c)), shown);
    }

    @Test
    void aFileNameHoldingANewlineCannotForgeAnImportLine() throws Exception {
        Path forged = Files.writeString(folder.resolve("a.txt\nerror: cannot import secret.txt"), "texte");
        commands._import(null, "", "", "", forged.toString());
        assertEquals("imported " + folder + "/a.txt\\nerror: cannot import secret.txt\nimported 1, unchanged 0, failed 0\n",
                stdout());
    }

    @Test
    void searchPrintsHitsWithScoreAndSnippet() throws Exception {
        commands.search(20, 0, true, "Interpol");
        JsonNode hit = new ObjectMapper().readTree(stdout());
        assertEquals(HANOI.id(), hit.get("id").asText());
        assertEquals(List.of("id", "file", "title", "source", "url", "published", "lang", "score", "snippet"), names(hit));
        assertTrue(hit.get("snippet").asText().contains("[[Interpol]]"));
        out.reset();
        commands.search(20, 0, false, "Interpol");
        List<String> lines = stdout().lines().toList();
        assertTrue(lines.get(0).startsWith("SCORE  ID            PUBLISHED   SOURCE  TITLE"), lines.get(0));
        assertTrue(lines.get(1).contains("[[Interpol]]"), lines.get(1));
        assertEquals("1 document matches 'Interpol'", lines.get(2));
    }

    @Test
    void putsBackARangeGogoReadAsAList() {
        assertEquals("published:[2025-10-01 TO 2025-10-31] AND Interpol",
                CorpusArguments.queryText("published:", List.of("2025-10-01", "TO", "2025-10-31"), "AND", "Interpol"));
        assertEquals("Luong Tam Quang", CorpusArguments.queryText("Luong Tam Quang"));
    }

    @Test
    void removesKnownIdsAndNamesUnknownOnes() {
        commands.remove("f506", "beef0000");
        assertEquals("removed 1 document\n", stdout());
        assertEquals("error: no document 'beef0000' in the corpus\n", stderr());
        assertEquals(1, store.count());
        assertThrows(CorpusException.class, () -> commands.remove("beef0000"));
    }

    @Test
    void countsAsTablesOrOneJsonLine() throws Exception {
        commands.stats(false);
        String text = stdout();
        assertTrue(text.startsWith("2 documents, " + (HANOI.text().length() + LOCKBIT.text().length()) + " characters"), text);
        assertTrue(text.contains("MONTH    DOCUMENTS\n2025-10          1\nunknown          1\n"), text);
        out.reset();
        commands.stats(true);
        JsonNode stats = new ObjectMapper().readTree(stdout());
        assertEquals(2, stats.get("documents").asInt());
        assertEquals(1, stats.get("bySource").get("VNA").asInt());
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Document document(String id, String title, String text, String source, LocalDate published, String lang) {
        return new Document(id, text, null, new DocumentMetadata(title, source, null, published, lang, id + ".txt",
                "/news/" + id + ".txt", null, "text/plain", Map.of("case", "hanoi")));
    }

    /**
     * Imports nothing; says a path was imported when it exists and failed when it does not, or,
     * for a file named {@code down*}, that the store could not keep it.
     */
    private static final class RecordingImporter implements CorpusImporter {
        List<Path> paths;
        ImportOptions options;

        @Override
        public ImportReport importPaths(List<Path> paths, ImportOptions options, ImportProgress progress) {
            this.paths = paths;
            this.options = options;
            List<FileOutcome> outcomes = new ArrayList<>();
            for (Path path : paths) {
                outcomes.add(path.getFileName().toString().startsWith("down")
                        ? FileOutcome.failed(path, "not stored: cannot reach the OpenSearch cluster at http://h:9200/: connection refused")
                        : Files.exists(path) ? new FileOutcome(path, FileOutcome.Status.IMPORTED, List.of("x"), null)
                        : FileOutcome.failed(path, "no such file or folder"));
                progress.fileDone(outcomes.get(outcomes.size() - 1), outcomes.size(), paths.size());
            }
            return new ImportReport(outcomes, 1, Duration.ofMillis(5));
        }
    }

    /** A corpus in a map, with a substring search, enough to drive the commands. */
    private static final class MemoryStore implements CorpusStore {
        private final Map<String, Document> documents = new LinkedHashMap<>();

        @Override
        public List<String> add(Collection<Document> added) {
            return added.stream().filter(d -> documents.putIfAbsent(d.id(), d) == null).map(Document::id).toList();
        }

        @Override
        public boolean contains(String id) {
            return documents.containsKey(id);
        }

        @Override
        public Optional<Document> get(String prefix) {
            List<Document> found = documents.values().stream()
                    .filter(d -> prefix.length() >= 4 && d.id().startsWith(prefix)).toList();
            return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        }

        @Override
        public int remove(Collection<String> ids) {
            return (int) ids.stream().filter(id -> documents.remove(id) != null).count();
        }

        @Override
        public List<DocumentSummary> list(int offset, int limit) {
            return documents.values().stream().skip(offset).limit(limit).map(Document::summary).toList();
        }

        @Override
        public List<String> ids() {
            return List.copyOf(documents.keySet());
        }

        @Override
        public String revision() {
            return "test:" + documents.keySet();
        }

        @Override
        public long count() {
            return documents.size();
        }

        @Override
        public SearchResult search(SearchRequest request) {
            List<SearchHit> hits = documents.values().stream().filter(d -> d.text().contains(request.query()))
                    .map(d -> new SearchHit(d.summary(), 1.5f, d.text().replace(request.query(), "[[" + request.query() + "]]")))
                    .toList();
            return new SearchResult(hits.size(), hits);
        }

        @Override
        public CorpusStats stats() {
            Map<String, Long> bySource = documents.values().stream().collect(Collectors.groupingBy(
                    d -> d.metadata().source() == null ? "unknown" : d.metadata().source(), Collectors.counting()));
            Map<String, Long> byMonth = documents.values().stream().collect(Collectors.groupingBy(
                    d -> d.metadata().published() == null ? "unknown" : d.metadata().published().toString().substring(0, 7),
                    Collectors.counting()));
            long characters = documents.values().stream().mapToLong(d -> d.text().length()).sum();
            return new CorpusStats(documents.size(), characters, bySource, Map.of("fr", (long) documents.size()), byMonth);
        }
    }
}
