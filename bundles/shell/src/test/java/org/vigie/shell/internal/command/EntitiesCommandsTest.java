package org.vigie.shell.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.CorpusStats;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.corpus.api.SearchRequest;
import org.vigie.corpus.api.SearchResult;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.ExtractionException;
import org.vigie.entities.api.ExtractionPipeline;
import org.vigie.entities.api.ExtractionProgress;
import org.vigie.entities.api.ExtractionReport;
import org.vigie.entities.api.ExtractionResult;
import org.vigie.entities.api.ExtractorInfo;
import org.vigie.entities.api.ExtractorRun;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.Span;
import org.vigie.testing.FakeEntityIndex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class EntitiesCommandsTest {

    private static final String TEXT = "Le ministre Tô Lâm a reçu à Hà Nội le chef d'Interpol le 12 mars.";

    @TempDir
    Path folder;

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final ByteArrayOutputStream printed = console.out;
    private final Entity lam = new Entity("PERSON:to lam", EntityType.PERSON, "Tô Lâm", List.of("To Lam"),
            List.of("ministre"), List.of("Ministère de la Sécurité publique"), 2, 1);
    private final Entity interpol = new Entity("ORGANIZATION:interpol", EntityType.ORGANIZATION, "Interpol", List.of(),
            List.of(), List.of(), 1, 1);
    private final List<ExtractorRun> runs = new ArrayList<>();

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportWritesOneLinePerDocumentInTheScorersFormat() throws Exception {
        Path out = folder.resolve("entities.jsonl");
        commands().export(out.toString());

        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals(List.of("document", "id", "title", "entities", "dates"), fieldNames(first));
        assertEquals("hanoi.txt", first.get("document").asText());
        assertEquals("doc-1", first.get("id").asText());
        assertEquals("Visite à Hà Nội", first.get("title").asText());
        JsonNode person = first.get("entities").get(0);
        assertEquals(List.of("type", "name", "aliases", "mentions", "roles", "affiliation"), fieldNames(person));
        assertEquals("PERSON", person.get("type").asText());
        assertEquals("Tô Lâm", person.get("name").asText());
        assertEquals("To Lam", person.get("aliases").get(0).asText());
        assertEquals(2, person.get("mentions").asInt());
        assertEquals("ministre", person.get("roles").get(0).asText());
        assertEquals("Ministère de la Sécurité publique", person.get("affiliation").asText());
        assertTrue(first.get("entities").get(1).get("affiliation").isNull());
        assertEquals("12 mars", first.get("dates").get(0).get("text").asText());
        assertEquals("2025-03-12", first.get("dates").get(0).get("iso").asText());
        JsonNode second = new ObjectMapper().readTree(lines.get(1));
        assertEquals(0, second.get("entities").size());
        assertTrue(printed().contains("2 documents (1 never extracted), 2 entities, 1 date"), printed());
    }

    @Test
    void listPrintsATableOrJsonLines() throws Exception {
        commands().list("person", 20, false);
        assertTrue(printed().startsWith("NAME"), printed());
        assertTrue(printed().lines().anyMatch(l -> l.matches("Tô Lâm\\s+PERSON\\s+2\\s+1")), printed());
        printed.reset();
        commands().list("", 20, true);
        JsonNode row = new ObjectMapper().readTree(printed().lines().findFirst().orElseThrow());
        assertEquals("PERSON:to lam", row.get("key").asText());
        assertThrows(ExtractionException.class, () -> commands().list("not a type", 20, false));
    }

    @Test
    void peopleSharingANameAreShownWithTheirAffiliation() {
        Entity player = new Entity("PERSON:to lam#hoang anh gia lai", EntityType.PERSON, "To Lam", List.of(),
                List.of("capitaine"), List.of("Hoàng Anh Gia Lai"), 1, 1);
        Entity minister = new Entity("PERSON:to lam#ministere", EntityType.PERSON, "Tô Lâm", List.of(), List.of(),
                List.of("Ministère"), 3, 2);
        EntitiesCommands commands = new EntitiesCommands(new FakeEntityIndex() {
            @Override
            public List<Entity> entities(Collection<EntityType> types, Collection<String> documentIds, int limit) {
                return List.of(minister, player);
            }

            @Override
            public Optional<Entity> find(String name) {
                return Optional.of(minister);
            }
        }, new FakePipeline(), new FakeCorpus());
        commands.list("", 20, false);
        assertTrue(printed().lines().anyMatch(l -> l.matches("To Lam \\(Hoàng Anh Gia Lai\\)\\s+PERSON\\s+1\\s+1")), printed());
        printed.reset();
        commands.show(5, "Tô", "Lâm");
        assertTrue(printed().contains("also named so: To Lam (Hoàng Anh Gia Lai), see entities:show "
                + "PERSON:to lam#hoang anh gia lai"), printed());
    }

    @Test
    void showPrintsFactsCoOccurrencesAndMentionsInContext() {
        commands().show(20, "to", "lam");
        String out = printed();
        assertTrue(out.startsWith("Tô Lâm  (PERSON, 2 mentions in 1 document)"), out);
        assertTrue(out.contains("ministre"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("Interpol\\s+ORGANIZATION\\s+1")), out);
        assertTrue(out.contains("Le ministre [Tô Lâm] a reçu à Hà Nội"), out);
        ExtractionException unknown = assertThrows(ExtractionException.class, () -> commands().show(20, "Personne"));
        assertEquals("no entity is named 'Personne': see entities:list for the names known", unknown.getMessage());
    }

    @Test
    void extractReportsFailuresAndFailsOnlyWhenNothingWasExtracted() {
        runs.add(new ExtractorRun("french", "1.0", 3, 4, null));
        runs.add(new ExtractorRun("ioc", "1.0", 0, 10_000, "extractor ioc failed on doc-1: timed out after 10 s"));
        commands().extract(null, true);
        assertTrue(printed().contains("extracted 2 documents: 6 annotations"), printed());
        assertTrue(printed().contains("failure: extractor ioc failed on doc-1: timed out after 10 s"), printed());

        runs.remove(0);
        ExtractionException nothing = assertThrows(ExtractionException.class, () -> commands().extract(null, true));
        assertEquals("nothing could be extracted: extractor ioc failed on doc-1: timed out after 10 s",
                nothing.getMessage());
        assertThrows(ExtractionException.class, () -> commands().extract(null, false));
    }

    @Test
    void ctrlCEndsAnExtractionWithOneLineSayingHowFarItGotAndHowToFinish() {
        runs.add(new ExtractorRun("french", "1.0", 3, 4, null));
        ExtractionPipeline interrupted = new FakePipeline() {
            @Override
            public ExtractionReport extract(Collection<String> documentIds, ExtractionProgress progress) {
                progress.documentDone(new ExtractionResult("doc-1", List.of(), runs), 1, 2);
                Thread.currentThread().interrupt(); // Ctrl-C: the pipeline stops at the next document
                return new ExtractionReport(1, 3, List.of(), 12);
            }
        };
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> new EntitiesCommands(index(), interrupted, new FakeCorpus()).extract(null, true));
        assertEquals("interrupted: extracted 1 of 2 documents; run the same command again to finish", e.getMessage());
        assertEquals(List.of("doc-1: 0 annotations"), printed().lines().toList());
        assertFalse(Thread.interrupted(), "the interrupt is consumed by the command");
    }

    @Test
    void withoutATerminalASmallRunPrintsALinePerDocument() {
        runs.add(new ExtractorRun("french", "1.0", 3, 4, null));
        commands().extract(null, true);
        assertEquals(List.of("doc-1: 0 annotations", "doc-2: 0 annotations", "extracted 2 documents: 6 annotations in 12 ms"),
                printed().lines().toList());
    }

    @Test
    void withoutATerminalALongRunPrintsAProgressLinePerThousandDocumentsAndEachFailureOnce() {
        runs.add(new ExtractorRun("french", "1.0", 3, 4, null));
        new EntitiesCommands(index(), new FakePipeline(2500, 1000), new FakeCorpus()).extract(null, true);
        assertEquals(List.of("failure: extractor ioc failed on doc-7: boom", "extracting: 1000/2500 documents",
                "failure: extractor ioc failed on doc-1007: boom", "extracting: 2000/2500 documents",
                "failure: extractor ioc failed on doc-2007: boom", "extracting: 2500/2500 documents",
                "extracted 2500 documents: 7500 annotations in 12 ms"), printed().lines().toList());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private EntitiesCommands commands() {
        return new EntitiesCommands(index(), new FakePipeline(), new FakeCorpus());
    }

    private Mention mention(String text, EntityType type, String key, String value) {
        int begin = TEXT.indexOf(text);
        return new Mention("doc-1", key, type, new Span(begin, begin + text.length()), text, value, Map.of(),
                new Span(0, TEXT.length()), TEXT);
    }

    /** Tô Lâm named twice and Interpol once in the one sentence of doc-1, which has a date too; doc-2 never extracted. */
    private FakeEntityIndex index() {
        return new FakeEntityIndex().entity(lam).entity(interpol)
                .mention(mention("Tô Lâm", EntityType.PERSON, lam.key(), "Tô Lâm"))
                .mention(mention("Tô Lâm", EntityType.PERSON, lam.key(), "Tô Lâm"))
                .mention(mention("Interpol", EntityType.ORGANIZATION, interpol.key(), "Interpol"))
                .mention(mention("12 mars", EntityType.DATE, null, "2025-03-12"));
    }

    private class FakePipeline implements ExtractionPipeline {
        private final int documents;
        private final int failingEvery;

        FakePipeline() {
            this(2, 0);
        }

        /** {@code documents} documents; every {@code failingEvery}-th (from the 7th) has an extra failing run. */
        FakePipeline(int documents, int failingEvery) {
            this.documents = documents;
            this.failingEvery = failingEvery;
        }

        @Override
        public ExtractionResult extract(Document document) {
            return new ExtractionResult(document.id(), List.of(), runs);
        }

        @Override
        public ExtractionReport extract(Collection<String> documentIds, ExtractionProgress progress) {
            List<String> failures = new ArrayList<>();
            for (int i = 1; i <= documents; i++) {
                List<ExtractorRun> ran = new ArrayList<>(runs);
                if (failingEvery > 0 && i % failingEvery == 7) {
                    ran.add(new ExtractorRun("ioc", "1.0", 0, 1, "extractor ioc failed on doc-" + i + ": boom"));
                }
                ExtractionResult result = new ExtractionResult("doc-" + i, List.of(), ran);
                result.runs().stream().filter(r -> r.error() != null).forEach(r -> failures.add(r.error()));
                progress.documentDone(result, i, documents);
            }
            return new ExtractionReport(documents, runs.stream().mapToInt(ExtractorRun::annotations).sum() * (long) documents,
                    failures, 12);
        }

        @Override
        public List<ExtractorInfo> extractors() {
            return List.of(new ExtractorInfo("french", "1.0", Set.of(EntityType.PERSON), Set.of("fr"), "x", 0, null));
        }
    }

    private static final class FakeCorpus implements CorpusStore {
        private final List<DocumentSummary> documents = List.of(
                new DocumentSummary("doc-1", metadata("Visite à Hà Nội", "hanoi.txt"), TEXT.length()),
                new DocumentSummary("doc-2", metadata("Sans entités", "vide.txt"), 10));

        private static DocumentMetadata metadata(String title, String fileName) {
            return new DocumentMetadata(title, "Test", null, LocalDate.of(2025, 3, 13), "fr", fileName, null, null,
                    "text/plain", Map.of());
        }

        @Override
        public List<String> add(Collection<Document> added) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean contains(String id) {
            return documents.stream().anyMatch(d -> d.id().equals(id));
        }

        @Override
        public Optional<Document> get(String idOrPrefix) {
            return Optional.empty();
        }

        @Override
        public int remove(Collection<String> ids) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String revision() {
            return "fixed";
        }

        @Override
        public List<DocumentSummary> list(int offset, int limit) {
            return documents.stream().skip(offset).limit(limit).toList();
        }

        @Override
        public List<String> ids() {
            return documents.stream().map(DocumentSummary::id).toList();
        }

        @Override
        public long count() {
            return documents.size();
        }

        @Override
        public SearchResult search(SearchRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CorpusStats stats() {
            return new CorpusStats(documents.size(), 0, Map.of(), Map.of(), Map.of());
        }
    }
}
