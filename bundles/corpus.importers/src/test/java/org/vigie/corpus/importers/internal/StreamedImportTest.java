package org.vigie.corpus.importers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.FileOutcome.Status;
import org.vigie.corpus.api.FileOutcome;
import org.vigie.corpus.api.ImportOptions;
import org.vigie.corpus.api.ImportReport;
import org.vigie.corpus.importers.internal.jsonl.JsonLinesImporter;
import org.vigie.corpus.importers.internal.text.PlainTextImporter;
import org.vigie.testing.MemoryCorpusStore;

/** JSON Lines streamed past the file size limit, documents the store refuses, mixed encodings. */
class StreamedImportTest {

    private static final int LIMIT = 32_766;

    @TempDir
    Path dir;

    /** Refuses, as Lucene does, a URL or tag over 32 766 bytes; drops documents whose text says so. */
    private final MemoryCorpusStore store = new MemoryCorpusStore() {
        @Override
        public void check(Document document) {
            String url = document.metadata().url();
            if (url != null && url.length() > LIMIT) {
                throw new CorpusException("its url is too long to be indexed: " + url.length() + " bytes");
            }
            document.metadata().tags().forEach((key, value) -> {
                if (value.length() > LIMIT) {
                    throw new CorpusException("its tag " + key + " is too long to be indexed");
                }
            });
        }

        @Override
        public synchronized List<String> add(Collection<Document> batch) {
            return super.add(batch.stream().filter(d -> !d.text().contains("perdu en silence")).toList());
        }
    };
    private final DefaultCorpusImporter corpus = new DefaultCorpusImporter();

    @BeforeEach
    void wire() {
        corpus.store = store;
        corpus.importers = List.of(Fixtures.registered("text", new PlainTextImporter(), "service.ranking", -100, "service.id", 1L),
                Fixtures.registered("jsonl", new JsonLinesImporter(), "service.id", 4L));
        corpus.listeners = List.of();
        corpus.activate(Fixtures.config(1, 500, 100));
    }

    @Test
    void aJsonLinesFileOverTheFileSizeLimitIsStreamedAndStoredInBatches() throws IOException {
        Path dump = dir.resolve("dump.jsonl");
        int articles = 12_000;
        try (BufferedWriter out = Files.newBufferedWriter(dump, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= articles; i++) {
                out.write(i == 7 ? "{pas du JSON\n" : "{\"title\": \"Dépêche " + i + "\", \"text\": \"Article numéro " + i
                        + " sur la coopération policière entre Hanoï et Lyon, avec Interpol.\"}\n");
            }
        }
        assertTrue(Files.size(dump) > 1024 * 1024, "over the 1 MB limit of this import");

        ImportReport report = corpus.importPaths(List.of(dump), ImportOptions.DEFAULT, null);

        FileOutcome outcome = report.files().get(0);
        assertEquals(Status.IMPORTED, outcome.status());
        assertEquals(articles - 1, outcome.documentIds().size());
        assertTrue(outcome.reason().startsWith("line 7: invalid JSON"), outcome.reason());
        assertEquals(articles - 1, store.count());
        assertEquals(24, store.commitSizes().size(), "stored 500 at a time while the file was read");
    }

    @Test
    void aDocumentTheStoreRefusesFailsWithItsReasonAndTheOthersAreStored() throws IOException {
        Path dump = Files.writeString(dir.resolve("urls.jsonl"), "{\"text\": \"Premier article.\"}\n"
                + "{\"text\": \"Deuxième article.\", \"title\": \"Long\", \"url\": \"https://exemple.org/" + "a".repeat(40_000)
                + "\"}\n{\"text\": \"Troisième article.\"}\n");

        ImportReport report = corpus.importPaths(List.of(dump), ImportOptions.DEFAULT, null);

        FileOutcome outcome = report.files().get(0);
        assertEquals(Status.IMPORTED, outcome.status());
        assertEquals("document 2 (Long) not stored: its url is too long to be indexed: 40020 bytes", outcome.reason());
        assertEquals(2, store.count());
    }

    @Test
    void aFileWhoseOnlyDocumentTheStoreRefusesFails() throws IOException {
        Path text = Files.writeString(dir.resolve("a.txt"), "Un article sur la coopération policière.");

        ImportReport report = corpus.importPaths(List.of(text),
                new ImportOptions(null, null, Map.of("note", "x".repeat(40_000))), null);

        assertEquals("not stored: its tag note is too long to be indexed", report.files().get(0).reason());
        assertEquals(0, store.count());
    }

    @Test
    void aDocumentTheStoreDropsIsReportedNotLost() throws IOException {
        Path text = Files.writeString(dir.resolve("a.txt"), "Un article perdu en silence par le magasin.");

        ImportReport report = corpus.importPaths(List.of(text), ImportOptions.DEFAULT, null);

        assertEquals("not stored: the corpus store refused it", report.files().get(0).reason());
    }

    @Test
    void aUtf8FileWithAFewLatin1LinesIsRepairedLineByLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("Coopération policière à Hanoï\n\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("Les délégués ont signé l'accord.\n".getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes("La sécurité reste la priorité — dit-il.\n".getBytes(StandardCharsets.UTF_8));
        Path mixed = Files.write(dir.resolve("mixte.txt"), bytes.toByteArray());

        ImportReport report = corpus.importPaths(List.of(mixed), ImportOptions.DEFAULT, null);

        assertEquals("line 3: not UTF-8, read as windows-1252", report.files().get(0).reason());
        Document document = store.documents().get(0);
        assertTrue(document.rawText().contains("Les délégués ont signé l'accord."), document.rawText());
        assertTrue(document.rawText().contains("La sécurité reste la priorité — dit-il."), document.rawText());
        assertEquals("Coopération policière à Hanoï", document.metadata().title());
    }
}
