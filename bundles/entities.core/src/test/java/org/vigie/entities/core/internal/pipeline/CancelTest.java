package org.vigie.entities.core.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.entities.core.internal.pipeline.Fixtures.DOC_A;
import static org.vigie.entities.core.internal.pipeline.Fixtures.DOC_B;
import static org.vigie.entities.core.internal.pipeline.Fixtures.DOC_C;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.Document;
import org.vigie.entities.api.EntityExtractor;
import org.vigie.entities.api.ExtractionReport;
import org.vigie.entities.api.ExtractionResult;
import org.vigie.entities.api.ExtractorRun;
import org.vigie.entities.core.internal.index.IndexFixtures;
import org.vigie.entities.core.internal.index.LuceneEntityIndex;
import org.vigie.testing.MemoryCorpusStore;

/** Ctrl-C in the shell interrupts the command's thread: extraction stops cleanly and the index stays usable. */
class CancelTest {

    @TempDir
    Path workspace;

    private final MemoryCorpusStore corpus = new MemoryCorpusStore(DOC_A, DOC_B, DOC_C);
    private final AtomicBoolean release = new AtomicBoolean();
    private LuceneEntityIndex index;
    private Pipeline pipeline;

    @AfterEach
    void stop() throws Exception {
        Thread.interrupted();
        release.set(true);
        pipeline.deactivate();
        IndexFixtures.close(index);
    }

    /** Interrupts {@code caller} the first time it meets doc-b, as Ctrl-C would in the middle of a run. */
    private static DeclaredExtractor ctrlCOnDocB(Thread caller) {
        AtomicBoolean pressed = new AtomicBoolean();
        return new FakeExtractor("ctrl-c", Set.of(), doc -> {
            if (doc.id().equals("doc-b") && pressed.compareAndSet(false, true)) {
                caller.interrupt();
            }
            return List.of();
        });
    }

    @Test
    void anInterruptStopsAtTheNextDocumentAndOverwritesNoStoredResult() {
        index = Fixtures.index(workspace, corpus);
        pipeline = Fixtures.pipeline(corpus, index, Fixtures.config(5, 4), ListedNamesExtractor.fromFixture("names"));
        pipeline.extract(List.of(), null);
        pipeline.extractors = List.of(DeclaredExtractor.service(ctrlCOnDocB(Thread.currentThread()), 11L, 2),
                DeclaredExtractor.service(ListedNamesExtractor.fromFixture("names"), 12L, 1));

        ExtractionReport report = pipeline.extract(List.of(), null);

        assertTrue(Thread.interrupted(), "the caller gets its interrupt back");
        assertEquals(1, report.documents());
        assertEquals(List.of("ctrl-c", "names"), runs("doc-a"));
        assertEquals(List.of("names"), runs("doc-b"), "doc-b keeps the result it had");
        assertEquals(List.of("names"), runs("doc-c"));
        assertTrue(index.find("ASEAN").isPresent());

        ExtractionReport again = pipeline.extract(List.of(), null); // the same command, run again, finishes
        assertEquals(3, again.documents());
        assertEquals(List.of("ctrl-c", "names"), runs("doc-c"));
    }

    @Test
    void writesMadeWithTheInterruptFlagSetLeaveTheWriterUsable() {
        index = Fixtures.index(workspace, corpus);
        pipeline = Fixtures.pipeline(corpus, index, Fixtures.config(5, 4), ListedNamesExtractor.fromFixture("names"));
        ExtractionResult result = pipeline.extract(DOC_A);

        Thread.currentThread().interrupt();
        index.put(DOC_B, new ExtractionResult("doc-b", result.annotations().subList(0, 0), result.runs()));
        index.commit();
        assertTrue(Thread.interrupted(), "the flag is back after the writes");

        index.put(DOC_C, new ExtractionResult("doc-c", List.of(), result.runs()));
        index.commit();
        assertEquals(Set.of("doc-a", "doc-b", "doc-c"), index.documentIds());
    }

    @Test
    void aStuckExtractorIsSkippedByServiceNotByTheIdItClaims() {
        DeclaredExtractor looping = new FakeExtractor("names", Set.of(), doc -> {
            while (!release.get()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    // stuck on purpose: it swallows the pipeline's interrupt
                }
            }
            return List.of();
        });
        index = Fixtures.index(workspace, corpus);
        pipeline = Fixtures.pipeline(corpus, index, Fixtures.config(0.2, 1), looping,
                ListedNamesExtractor.fromFixture("names"));

        ExtractionReport report = pipeline.extract(List.of("doc-a", "doc-b"), null);

        assertEquals(List.of("extractor names failed on doc-a: timed out after 0.2 s",
                "extractor names skipped on doc-b: 1 earlier runs are still stuck after timing out"), report.failures());
        assertTrue(index.find("ASEAN").isPresent(), "the other service with the same id still ran");

        // the plugin, fixed, comes back as a new service with the same id: it starts with a clean record
        pipeline.extractors = List.of(DeclaredExtractor.service(ListedNamesExtractor.fromFixture("names"), 7L, 0));
        assertFalse(pipeline.extract(List.of("doc-c"), null).failures().stream().anyMatch(f -> f.contains("skipped")));
    }

    private List<String> runs(String id) {
        return index.document(id).orElseThrow().runs().stream().map(ExtractorRun::extractorId).toList();
    }
}
