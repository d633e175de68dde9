package org.vigie.entities.core.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.Document;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.ExtractionReport;
import org.vigie.entities.api.ExtractionResult;
import org.vigie.entities.api.ExtractorInfo;
import org.vigie.entities.api.Span;
import org.vigie.entities.core.internal.index.IndexFixtures;
import org.vigie.entities.core.internal.index.LuceneEntityIndex;
import org.vigie.plugins.api.Contribution;
import org.vigie.testing.MemoryCorpusStore;

class PipelineTest {

    @TempDir
    Path workspace;

    private final AtomicBoolean release = new AtomicBoolean();
    private LuceneEntityIndex index;
    private Pipeline pipeline;

    @AfterEach
    void stop() throws Exception {
        release.set(true);
        if (pipeline != null) {
            pipeline.deactivate();
        }
        if (index != null) {
            IndexFixtures.close(index);
        }
    }

    /** An extractor that always throws. */
    static DeclaredExtractor throwing() {
        return new FakeExtractor("broken", Set.of(), doc -> {
            throw new IllegalStateException("gazetteer file missing");
        });
    }

    /** An extractor stuck in a loop that ignores interruption until the test ends (sleeping, to spare the CPU). */
    DeclaredExtractor looping() {
        return new FakeExtractor("loop", Set.of(), doc -> {
            while (!release.get()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    // stuck on purpose: a badly written plugin that swallows the pipeline's interrupt
                }
            }
            return List.of();
        });
    }

    @Test
    void aThrowingAndALoopingExtractorDoNotCostTheOthersTheirEntities() {
        Document a = Fixtures.document("doc-a", "hanoi-interpol.txt", "fr");
        Document b = Fixtures.document("doc-b", "singapour-asean.txt", "fr");
        Document c = Fixtures.document("doc-c", "football-danang.txt", "fr");
        index = Fixtures.index(workspace);
        pipeline = Fixtures.pipeline(new MemoryCorpusStore(a, b, c), index, Fixtures.config(0.2, 2),
                throwing(), looping(), ListedNamesExtractor.fromFixture("names"));
        List<ExtractionResult> results = new ArrayList<>();

        ExtractionReport report = pipeline.extract(List.of(), (result, done, total) -> results.add(result));

        assertEquals(3, report.documents());
        assertEquals(3, results.size());
        assertTrue(report.failures().contains("extractor broken failed on doc-a: gazetteer file missing"),
                report.failures().toString());
        assertTrue(report.failures().contains("extractor loop failed on doc-a: timed out after 0.2 s"),
                report.failures().toString());
        assertTrue(report.failures().stream().anyMatch(f -> f.startsWith("extractor loop skipped on doc-c: 2 earlier")),
                report.failures().toString());
        assertEquals(2, pipeline.abandonedThreads());
        for (ExtractionResult result : results) {
            assertTrue(result.failed());
            assertTrue(result.annotations().stream().anyMatch(x -> x.type().equals(EntityType.PERSON)), result.documentId());
            assertNull(result.runs().stream().filter(r -> r.extractorId().equals("names")).findFirst().orElseThrow().error());
        }
        assertTrue(index.find("Interpol").isPresent());
        assertEquals(3, index.entities(Set.of(EntityType.PERSON), List.of("doc-c"), 10).get(0).mentions()
                + index.entities(Set.of(EntityType.LOCATION), List.of("doc-c"), 10).get(0).mentions());
    }

    @Test
    void failuresAreCountedPerExtractorAndShownAsFailingContributions() {
        Document a = Fixtures.text("doc-a", "Interpol siège à Lyon.");
        index = Fixtures.index(workspace);
        pipeline = Fixtures.pipeline(new MemoryCorpusStore(a), index, Fixtures.config(5, 4), throwing(),
                ListedNamesExtractor.fromFixture("names"));
        pipeline.extract(List.of("doc-a", "missing"), null);
        pipeline.extract(a);

        List<ExtractorInfo> infos = pipeline.extractors();
        assertEquals(List.of("broken", "names"), infos.stream().map(ExtractorInfo::id).toList());
        assertEquals(2, infos.get(0).failures());
        assertEquals("extractor broken failed on doc-a: gazetteer file missing", infos.get(0).lastFailure());
        assertEquals(0, infos.get(1).failures());

        ExtractorDescriber describer = new ExtractorDescriber();
        describer.health = pipeline.health;
        Contribution broken = describer.describe(DeclaredExtractor.service(throwing(), 1L, 0).getKey()).orElseThrow();
        Contribution names = describer.describe(DeclaredExtractor.service(ListedNamesExtractor.fromFixture("names"), 2L, 0)
                .getKey()).orElseThrow();
        assertEquals("extractor broken: ORGANIZATION (failing: extractor broken failed on doc-a: gazetteer file missing)",
                broken.toString());
        assertEquals("extractor names: DATE, LAW, LOCATION, ORGANIZATION, PERSON", names.toString());
    }

    @Test
    void anExtractorServiceMissingARequiredPropertyIsLeftOutInOneLineAndTheOthersRun() {
        index = Fixtures.index(workspace);
        pipeline = Fixtures.pipeline(new MemoryCorpusStore(), index, Fixtures.config(5, 4),
                ListedNamesExtractor.fromFixture("names"));
        var names = pipeline.extractors.get(0);
        java.util.Map<String, Object> unversioned = new java.util.HashMap<>(names.getKey());
        unversioned.remove(ExtractorInfo.VERSION);
        unversioned.put("service.id", 9L);
        pipeline.extractors = List.of(java.util.Map.entry(unversioned, names.getValue()), names);

        ExtractionResult result = pipeline.extract(Fixtures.text("doc-a", "Interpol siège à Lyon."));

        assertEquals(List.of("names"), result.runs().stream().map(r -> r.extractorId()).toList());
        assertEquals(List.of("names"), pipeline.extractors().stream().map(ExtractorInfo::id).toList());
        ExtractorDescriber describer = new ExtractorDescriber();
        describer.health = pipeline.health;
        assertEquals("extractor 9 (failing: missing property vigie.extractor.version)",
                describer.describe(unversioned).orElseThrow().toString());
    }

    @Test
    void anUnknownDocumentIsReportedAndTheOthersAreExtracted() {
        index = Fixtures.index(workspace);
        pipeline = Fixtures.pipeline(new MemoryCorpusStore(Fixtures.text("doc-a", "Interpol siège à Lyon.")),
                index, Fixtures.config(5, 4), ListedNamesExtractor.fromFixture("names"));
        ExtractionReport report = pipeline.extract(List.of("missing", "doc-a"), null);
        assertEquals(1, report.documents());
        assertEquals(1, report.annotations());
        assertEquals(List.of("document missing is not in the corpus"), report.failures());
    }

    @Test
    void extractorsRunOnlyOnTheirLanguagesAndAllRunOnUnknownLanguage() {
        FakeExtractor english = new FakeExtractor("english", Set.of("en"), doc -> List.of(
                new Annotation(new Span(0, 8), EntityType.ORGANIZATION, "Interpol", "Interpol", null, 0.5, "english")));
        index = Fixtures.index(workspace);
        pipeline = Fixtures.pipeline(new MemoryCorpusStore(), index, Fixtures.config(5, 4), english);
        Document french = Fixtures.text("fr-doc", "Interpol siège à Lyon.");
        Document unknown = new Document("unknown-doc", french.text(), null,
                new org.vigie.corpus.api.DocumentMetadata(null, null, null, null, null, null, null, null, null, null));

        assertTrue(pipeline.extract(french).runs().isEmpty());
        assertEquals(1, pipeline.extract(unknown).annotations().size());
    }

    @Test
    void extractingAgainReplacesTheEarlierResult() {
        Document a = Fixtures.document("doc-a", "hanoi-interpol.txt", "fr");
        index = Fixtures.index(workspace);
        pipeline = Fixtures.pipeline(new MemoryCorpusStore(a), index, Fixtures.config(5, 4),
                ListedNamesExtractor.fromFixture("names"));
        pipeline.extract(a);
        Entity first = index.find("Hanoi").orElseThrow();
        pipeline.extract(List.of(), null);
        Entity again = index.find("Hanoi").orElseThrow();
        assertEquals(2, first.mentions());
        assertEquals(first, again);
        assertEquals("1.0.0", index.document("doc-a").orElseThrow().runs().get(0).version());
    }

    @Test
    void annotationsThatDoNotMatchTheTextAreDroppedAndReported() {
        FakeExtractor sloppy = new FakeExtractor("sloppy", Set.of(), doc -> List.of(
                new Annotation(new Span(0, 8), EntityType.ORGANIZATION, "Interpol", null, null, 0.5, "sloppy"),
                new Annotation(new Span(0, 4), EntityType.ORGANIZATION, "Lyon", null, null, 0.5, "sloppy")));
        index = Fixtures.index(workspace);
        pipeline = Fixtures.pipeline(new MemoryCorpusStore(), index, Fixtures.config(5, 4), sloppy);
        ExtractionResult result = pipeline.extract(Fixtures.text("doc-a", "Interpol siège à Lyon."));
        assertEquals(1, result.annotations().size());
        assertEquals("extractor sloppy failed on doc-a: 1 annotations do not match the text (dropped)",
                result.runs().get(0).error());
    }
}
