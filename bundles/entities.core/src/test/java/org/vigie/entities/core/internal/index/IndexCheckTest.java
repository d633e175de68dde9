package org.vigie.entities.core.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.entities.core.internal.pipeline.Fixtures.DOC_A;
import static org.vigie.entities.core.internal.pipeline.Fixtures.DOC_B;
import static org.vigie.entities.core.internal.pipeline.Fixtures.DOC_C;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.entities.api.CheckReport;
import org.vigie.entities.api.ExtractionException;
import org.vigie.entities.core.internal.pipeline.Fixtures;
import org.vigie.entities.core.internal.pipeline.ListedNamesExtractor;
import org.vigie.entities.core.internal.pipeline.Pipeline;
import org.vigie.testing.MemoryCorpusStore;

class IndexCheckTest {

    @TempDir
    Path workspace;

    private final MemoryCorpusStore corpus = new MemoryCorpusStore(DOC_A, DOC_B);
    private LuceneEntityIndex index;
    private Pipeline pipeline;

    @AfterEach
    void stop() throws Exception {
        Fixtures.close(pipeline);
        index.deactivate();
    }

    private IndexCheck open() {
        index = Fixtures.index(workspace, corpus);
        pipeline = Fixtures.pipeline(corpus, index, Fixtures.config(5, 4), ListedNamesExtractor.fromFixture("names"));
        IndexCheck check = new IndexCheck();
        check.corpus = corpus;
        check.pipeline = pipeline;
        check.store = index;
        return check;
    }

    @Test
    void storedDocumentsWithoutResultsAreExtractedAndTheCorpusRevisionRecorded() {
        IndexCheck check = open();
        assertFalse(check.agrees(), "a new entity index has agreed with no corpus");

        CheckReport report = check.check(null);

        assertEquals(new CheckReport(2, 2, 2, 0, List.of()), report);
        assertEquals("check: 2 documents, 2 extracted again, 0 orphan results dropped", report.summary());
        assertEquals(Set.of("doc-a", "doc-b"), index.documentIds());
        assertTrue(check.agrees());
    }

    @Test
    void aCheckOfIndexesThatAgreeExtractsNothingAndSaysSo() {
        IndexCheck check = open();
        check.check(null);
        CheckReport again = check.check(null);
        assertTrue(again.agreed());
        assertEquals("check: corpus and entity index agree (2 documents)", again.summary());
    }

    @Test
    void resultsWhoseDocumentLeftTheCorpusAreDropped() {
        IndexCheck check = open();
        check.check(null);
        assertTrue(index.find("ASEAN").isPresent());
        corpus.remove(List.of("doc-b")); // as if the removal's listener never ran (a crash)
        corpus.add(List.of(DOC_C));
        assertFalse(check.agrees(), "the corpus changed since the last agreement");

        CheckReport report = check.check(null);

        assertEquals("check: 2 documents, 1 extracted again, 1 orphan results dropped", report.summary());
        assertTrue(index.document("doc-b").isEmpty());
        assertTrue(index.find("ASEAN").isEmpty(), "no entity is counted from a removed document");
        assertEquals(Set.of("doc-a", "doc-c"), index.documentIds());
    }

    @Test
    void theRecordedRevisionSurvivesARestartSoAnAgreeingStartDoesNotCompare() throws Exception {
        open().check(null);
        index.deactivate();
        index = Fixtures.index(workspace, corpus);
        IndexCheck reopened = new IndexCheck();
        reopened.corpus = corpus;
        reopened.store = index;
        assertTrue(reopened.agrees());
    }

    @Test
    void resultsOnlyPublishedWhenTheProcessDiedAreExtractedAgainAtTheNextStart() throws Exception {
        IndexCheck check = open();
        check.check(null);
        corpus.add(List.of(DOC_C)); // the corpus commit of an import; its entities never reach a commit
        index.deactivate(); // no commit after this point: the listener was never told
        index = Fixtures.index(workspace, corpus);
        check.store = index;
        Fixtures.store(pipeline, index);

        assertFalse(check.agrees());
        assertEquals("check: 3 documents, 1 extracted again, 0 orphan results dropped", check.check(null).summary());
        assertTrue(index.document("doc-c").isPresent());
    }

    @Test
    void withNoExtractorRunningNoDocumentIsGivenEmptyResults() {
        IndexCheck check = open();
        Fixtures.noExtractors(pipeline);
        ExtractionException e = assertThrows(ExtractionException.class, () -> check.check(null));
        assertEquals("2 documents have no entities and no entity extractor is running: see plugins:list", e.getMessage());
        assertTrue(index.documentIds().isEmpty());
        assertFalse(check.agrees());
    }
}
