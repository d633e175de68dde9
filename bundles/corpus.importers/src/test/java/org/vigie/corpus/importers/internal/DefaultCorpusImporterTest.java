package org.vigie.corpus.importers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentImporter;
import org.vigie.corpus.api.FileOutcome.Status;
import org.vigie.corpus.api.FileOutcome;
import org.vigie.corpus.api.ImportOptions;
import org.vigie.corpus.api.ImportReport;
import org.vigie.corpus.api.ParsedDocument;
import org.vigie.corpus.importers.internal.html.HtmlImporter;
import org.vigie.corpus.importers.internal.jsonl.JsonLinesImporter;
import org.vigie.corpus.importers.internal.pdf.PdfImporter;
import org.vigie.corpus.importers.internal.pdf.PdfImporterTest;
import org.vigie.corpus.importers.internal.text.PlainTextImporter;
import org.vigie.testing.MemoryCorpusStore;

class DefaultCorpusImporterTest {

    @TempDir
    Path dir;

    private final MemoryCorpusStore store = new MemoryCorpusStore();
    private final List<List<Document>> told = new ArrayList<>();
    private final DefaultCorpusImporter corpus = new DefaultCorpusImporter();

    @BeforeEach
    void wire() {
        corpus.store = store;
        corpus.importers = List.of(Fixtures.registered("text", new PlainTextImporter(), "service.ranking", -100, "service.id", 1L),
                Fixtures.registered("html", new HtmlImporter(), "service.id", 2L),
                Fixtures.registered("pdf", new PdfImporter(), "service.id", 3L),
                Fixtures.registered("jsonl", new JsonLinesImporter(), "service.id", 4L));
        corpus.listeners = List.of(told::add);
        corpus.activate(Fixtures.config(50, 500, 100));
    }

    @Test
    void importsTheGoodFilesOfAMixedFolderAndNamesEachBadOne() throws IOException {
        Path folder = mixedFolder();
        List<String> progress = new ArrayList<>();

        ImportReport report = corpus.importPaths(List.of(folder), ImportOptions.DEFAULT,
                (outcome, done, total) -> progress.add(done + "/" + total + " " + outcome.path().getFileName()));

        assertEquals("imported 4, unchanged 0, failed 4", report.summary());
        assertEquals(Map.of("a-page.html", "IMPORTED", "b-empty.txt", "FAILED empty file",
                "c-random.bin", "FAILED binary content: not text, HTML, PDF or JSON Lines",
                "d-cp1252.txt", "IMPORTED", "e-truncated.pdf", "FAILED broken PDF: damaged or truncated",
                "f-bom.txt", "IMPORTED", "g-articles.jsonl", "IMPORTED",
                "h-secret.pdf", "FAILED encrypted PDF: it needs a password to be opened"), byName(report));
        assertEquals(5, store.count());
        assertEquals(8, progress.size());
        assertTrue(progress.contains("8/8 h-secret.pdf"), progress.toString());
    }

    @Test
    void decodesTheWindows1252TextOfTheMixedFolder() throws IOException {
        corpus.importPaths(List.of(mixedFolder()), ImportOptions.DEFAULT, null);

        Document latin = byFile("d-cp1252.txt");
        assertTrue(latin.text().contains("l’Agence nationale de lutte contre la criminalité"), latin.text());
        assertEquals("windows-1252", latin.metadata().tags().get("charset"));
        assertEquals("fr", latin.metadata().language());
    }

    @Test
    void fillsTheMetadataOfEachDocument() throws IOException {
        Path page = Files.copy(Fixtures.fixture("page.html"), dir.resolve("page.html"));

        corpus.importPaths(List.of(page), new ImportOptions("Source donnée", null, Map.of("dossier", "europol")), null);

        Document doc = store.documents().iterator().next();
        assertEquals(Provenance.id(doc.text()), doc.id());
        assertEquals(64, doc.id().length());
        assertEquals("Exemple Actu", doc.metadata().source(), "the file's own outlet wins over --source");
        assertEquals("fr", doc.metadata().language());
        assertEquals("page.html", doc.metadata().fileName());
        assertEquals(page.toAbsolutePath().toString(), doc.metadata().path());
        assertEquals("text/html", doc.metadata().mediaType());
        assertEquals(Map.of("dossier", "europol"), doc.metadata().tags());
        assertTrue(doc.metadata().imported() != null);
    }

    @Test
    void appliesTheSourceAndLanguageOptions() throws IOException {
        Path text = Files.writeString(dir.resolve("note.txt"), "Le sommet de l'ASEAN s'est tenu à Vientiane.\n"
                + "Les ministres ont parlé de la criminalité transnationale et des escroqueries en ligne.");

        corpus.importPaths(List.of(text), new ImportOptions("Note interne", " EN ", Map.of()), null);

        Document doc = store.documents().iterator().next();
        assertEquals("Note interne", doc.metadata().source());
        assertEquals("en", doc.metadata().language(), "--lang overrides detection");
    }

    @Test
    void importingTwiceAddsNothingTheSecondTime() throws IOException {
        Path folder = mixedFolder();
        corpus.importPaths(List.of(folder), ImportOptions.DEFAULT, null);
        told.clear();

        ImportReport again = corpus.importPaths(List.of(folder), ImportOptions.DEFAULT, null);

        assertEquals("imported 0, unchanged 4, failed 4", again.summary());
        assertEquals(0, again.documentsAdded());
        assertEquals(5, store.count());
        assertTrue(told.isEmpty(), "listeners hear of new documents only");
    }

    @Test
    void aRerunAfterAnInterruptedImportCompletesItWithoutDuplicates() throws IOException {
        List<Path> files = articles(6);
        corpus.activate(Fixtures.config(50, 2, 0));
        store.failOnCommit(2);

        ImportReport interrupted = corpus.importPaths(files, ImportOptions.DEFAULT, null);
        ImportReport rerun = corpus.importPaths(files, ImportOptions.DEFAULT, null);

        assertEquals("imported 4, unchanged 0, failed 2", interrupted.summary());
        assertTrue(interrupted.files().get(2).reason().startsWith("not stored: store closed"));
        assertEquals("imported 2, unchanged 4, failed 0", rerun.summary());
        assertEquals(6, store.count());
        assertEquals(Set.of(Status.UNCHANGED), statuses(rerun, 0, 1, 4, 5));
    }

    @Test
    void commitsInBatchesForLargeImportsAndAlwaysAtTheEnd() throws IOException {
        corpus.activate(Fixtures.config(50, 4, 3));

        ImportReport report = corpus.importPaths(articles(10), ImportOptions.DEFAULT, null);

        assertEquals(10, report.documentsAdded());
        assertEquals(List.of(4, 4, 2), store.commitSizes());
        assertEquals(List.of(4, 4, 2), told.stream().map(List::size).toList());
    }

    @Test
    void commitsEachFileOfASmallImport() throws IOException {
        corpus.importPaths(articles(3), ImportOptions.DEFAULT, null);

        assertEquals(List.of(1, 1, 1), store.commitSizes());
    }

    @Test
    void aFileRepeatingAnotherIsUnchanged() throws IOException {
        Path first = Files.copy(Fixtures.fixture("bom-utf8.txt"), dir.resolve("a.txt"));
        Path copy = Files.copy(Fixtures.fixture("bom-utf8.txt"), dir.resolve("b.txt"));
        corpus.activate(Fixtures.config(50, 500, 0));

        ImportReport report = corpus.importPaths(List.of(first, copy), ImportOptions.DEFAULT, null);

        assertEquals(List.of(Status.IMPORTED, Status.UNCHANGED), report.files().stream().map(FileOutcome::status).toList());
        assertEquals(1, store.count());
    }

    @Test
    void refusesFilesOverTheConfiguredLimit() throws IOException {
        corpus.activate(Fixtures.config(1, 500, 100));
        Path big = Files.writeString(dir.resolve("gros.txt"), "Interpol coopère avec Europol. ".repeat(40_000));

        ImportReport report = corpus.importPaths(List.of(big), ImportOptions.DEFAULT, null);

        assertEquals("too large: 1.2 MB, the limit is 1 MB (maxFileSizeMb in org.vigie.corpus.importers)",
                report.files().get(0).reason());
    }

    @Test
    void walksFoldersInNameOrderAndSkipsHiddenFiles() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("dossier"));
        Files.createDirectories(folder.resolve("b-sous-dossier"));
        Files.createDirectories(folder.resolve(".cache"));
        Files.writeString(folder.resolve("c.txt"), "Troisième article sur la coopération policière.");
        Files.writeString(folder.resolve("b-sous-dossier/b.txt"), "Deuxième article sur Interpol à Lyon.");
        Files.writeString(folder.resolve("a.txt"), "Premier article sur la Convention de Budapest.");
        Files.writeString(folder.resolve(".brouillon.txt"), "Un brouillon caché.");
        Files.writeString(folder.resolve(".cache/x.txt"), "Un fichier caché.");
        Files.createSymbolicLink(folder.resolve("b-sous-dossier/boucle"), folder);

        ImportReport report = corpus.importPaths(List.of(folder, dir.resolve("absent")), ImportOptions.DEFAULT, null);

        assertEquals(List.of("a.txt", "b.txt", "boucle", "c.txt", "absent"),
                report.files().stream().map(f -> f.path().getFileName().toString()).toList());
        assertTrue(report.files().get(2).reason().startsWith("link to a folder: links to folders are not followed"));
        assertEquals("no such file or folder", report.files().get(4).reason());
    }

    @Test
    void theHighestRankedImporterThatAcceptsAFileReadsIt() throws IOException {
        Path page = Files.copy(Fixtures.fixture("page.html"), dir.resolve("page.html"));
        DocumentImporter raw = Fixtures.importer("html", src -> List.of(new ParsedDocument("texte brut de la page", null, null,
                null, null, null, null, "text/x-raw", null)));
        corpus.importers = List.of(Fixtures.registered("html", new HtmlImporter(), "service.id", 2L),
                Fixtures.registered("raw", raw, "service.ranking", 10, "service.id", 9L));

        corpus.importPaths(List.of(page), ImportOptions.DEFAULT, null);

        assertEquals("text/x-raw", store.documents().iterator().next().metadata().mediaType());
    }

    @Test
    void aFailingImporterOrListenerFailsNothingElse() throws IOException {
        DocumentImporter hostile = Fixtures.importer("hostile", src -> {
            if (src.fileName().startsWith("a")) {
                throw new StackOverflowError();
            }
            throw new IllegalStateException("bug");
        });
        corpus.importers = List.of(Fixtures.registered("hostile", hostile, "service.ranking", 10),
                Fixtures.registered("text", new PlainTextImporter()));
        corpus.listeners = List.of(docs -> {
            throw new IllegalStateException("listener bug");
        }, told::add);
        List<Path> files = articles(3);
        Files.move(files.get(0), dir.resolve("a-boucle.txt.hostile"));
        Files.move(files.get(1), dir.resolve("b-bug.txt.hostile"));

        ImportReport report = corpus.importPaths(List.of(dir), ImportOptions.DEFAULT, null);

        assertEquals("imported 1, unchanged 0, failed 2", report.summary());
        assertTrue(report.files().get(0).reason().startsWith("importer hostile failed: java.lang.StackOverflowError"));
        assertEquals(Status.IMPORTED, report.files().get(1).status(), "article-03.txt");
        assertEquals("importer hostile failed: java.lang.IllegalStateException: bug", report.files().get(2).reason());
        assertEquals(1, told.size(), "the second listener still heard of the new document");
    }

    @Test
    void surfacesTheSkippedLinesOfAJsonLinesFile() throws IOException {
        Path lines = Files.copy(Fixtures.fixture("articles.jsonl"), dir.resolve("articles.jsonl"));

        ImportReport report = corpus.importPaths(List.of(lines), ImportOptions.DEFAULT, null);

        FileOutcome outcome = report.files().get(0);
        assertEquals(Status.IMPORTED, outcome.status());
        assertEquals(2, outcome.documentIds().size());
        assertTrue(outcome.reason().startsWith("line 2: invalid JSON"), outcome.reason());
        assertTrue(outcome.reason().contains("line 5: no \"text\""), outcome.reason());
        assertTrue(store.documents().stream().allMatch(d -> d.metadata().tags().isEmpty()));
    }

    private Path mixedFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        Files.copy(Fixtures.fixture("page.html"), folder.resolve("a-page.html"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Fixtures.fixture("empty.txt"), folder.resolve("b-empty.txt"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Fixtures.fixture("random.bin"), folder.resolve("c-random.bin"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Fixtures.fixture("latin1-cp1252.txt"), folder.resolve("d-cp1252.txt"),
                StandardCopyOption.REPLACE_EXISTING);
        byte[] pdf = Files.readAllBytes(PdfImporterTest.writePdf(dir.resolve("whole.pdf"), null));
        Files.write(folder.resolve("e-truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
        Files.copy(Fixtures.fixture("bom-utf8.txt"), folder.resolve("f-bom.txt"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Fixtures.fixture("articles.jsonl"), folder.resolve("g-articles.jsonl"),
                StandardCopyOption.REPLACE_EXISTING);
        PdfImporterTest.writePdf(folder.resolve("h-secret.pdf"), "motdepasse");
        return folder;
    }

    /** {@code n} distinct short articles as text files. */
    private List<Path> articles(int n) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            files.add(Files.writeString(dir.resolve(String.format("article-%02d.txt", i)),
                    "Réunion numéro " + i + " des chefs de police de l'ASEAN\n\nLes délégués ont examiné la "
                            + "coopération contre la criminalité transnationale, session " + i + ".",
                    Charset.forName("UTF-8")));
        }
        return files;
    }

    private Document byFile(String name) {
        return store.documents().stream().filter(d -> d.metadata().fileName().equals(name)).findFirst()
                .orElseThrow();
    }

    private static Map<String, String> byName(ImportReport report) {
        return report.files().stream().collect(Collectors.toMap(f -> f.path().getFileName().toString(),
                f -> f.status() == Status.FAILED ? "FAILED " + f.reason().replaceAll(":? \\(.*", "") : f.status().name()));
    }

    private static Set<Status> statuses(ImportReport report, int... indexes) {
        return Arrays.stream(indexes).mapToObj(i -> report.files().get(i).status()).collect(Collectors.toSet());
    }
}
