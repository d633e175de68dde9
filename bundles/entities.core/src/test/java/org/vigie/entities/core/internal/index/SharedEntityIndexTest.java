package org.vigie.entities.core.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.cluster.OpenSearchCluster;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.core.internal.pipeline.Fixtures;
import org.vigie.entities.core.internal.pipeline.ListedNamesExtractor;
import org.vigie.entities.core.internal.pipeline.Pipeline;
import org.vigie.testing.MemoryCorpusStore;
import org.vigie.testing.opensearch.OpenSearchNode;
import org.vigie.testing.opensearch.RunningOpenSearch;

/**
 * Two analysts on one cluster: A extracts, B (another workspace, nothing extracted) answers every
 * question from the results on the cluster, exactly as the embedded index that extracted the same
 * corpus itself.
 */
@ExtendWith(RunningOpenSearch.class)
class SharedEntityIndexTest {

    @TempDir
    Path folder;

    private final MemoryCorpusStore corpus = new MemoryCorpusStore(Fixtures.document("doc-a", "hanoi-interpol.txt", "fr"),
            Fixtures.document("doc-b", "singapour-asean.txt", "fr"), Fixtures.document("doc-c", "football-danang.txt", "fr"));
    private final List<LuceneEntityIndex> opened = new ArrayList<>();
    private final List<Pipeline> pipelines = new ArrayList<>();
    private OpenSearchCluster cluster;
    private LuceneEntityIndex embedded;
    private LuceneEntityIndex writer;
    private LuceneEntityIndex reader;

    @BeforeEach
    void extractTwice(OpenSearchNode node) {
        cluster = TestCluster.of(node.url(), "test-" + UUID.randomUUID().toString().substring(0, 8));
        embedded = open(folder.resolve("embedded"), null);
        writer = open(folder.resolve("analyst-a"), cluster);
        reader = open(folder.resolve("analyst-b"), cluster);
        extract(embedded);
        extract(writer);
    }

    @AfterEach
    void close() throws Exception {
        for (Pipeline pipeline : pipelines) {
            Fixtures.close(pipeline);
        }
        for (LuceneEntityIndex index : opened) {
            index.deactivate();
        }
    }

    @Test
    void anotherAnalystGetsTheSameAnswersAsTheIndexThatExtracted() {
        assertSameAnswers(embedded, reader);
        assertEquals(Set.of("doc-a", "doc-b", "doc-c"), reader.documentIds());
    }

    @Test
    void aRemovalOnOneWorkspaceRemovesTheResultsEverywhere() {
        writer.remove(List.of("doc-a"));
        embedded.remove(List.of("doc-a"));
        assertSameAnswers(embedded, reader);
        assertEquals(Set.of("doc-b", "doc-c"), reader.documentIds());
        assertFalse(reader.document("doc-a").isPresent());
    }

    @Test
    void extractingAgainStoresNothingTwiceAndAReopenedReplicaCatchesUp() throws Exception {
        extract(writer);
        reader.deactivate();
        opened.remove(reader);
        LuceneEntityIndex again = open(folder.resolve("analyst-b"), cluster);
        assertSameAnswers(embedded, again);
        assertEquals(3, again.documentIds().size());
    }

    private void assertSameAnswers(EntityIndex expected, EntityIndex actual) {
        List<Entity> entities = expected.entities(List.of(), List.of(), 0);
        assertFalse(entities.isEmpty());
        assertEquals(entities, actual.entities(List.of(), List.of(), 0));
        for (Entity entity : entities) {
            assertEquals(expected.mentions(entity.key(), List.of(), 0), actual.mentions(entity.key(), List.of(), 0));
            assertEquals(expected.documents(entity.key()), actual.documents(entity.key()));
            assertEquals(expected.coOccurrences(entity.key(), List.of(), 0), actual.coOccurrences(entity.key(), List.of(), 0));
            assertEquals(expected.find(entity.name()), actual.find(entity.name()));
            assertEquals(expected.links(entity.key()), actual.links(entity.key()));
        }
        assertEquals(expected.coOccurrences(List.of(), 0), actual.coOccurrences(List.of(), 0));
        for (String id : List.of("doc-a", "doc-b", "doc-c")) {
            assertEquals(expected.document(id).map(SharedEntityIndexTest::untimed), actual.document(id).map(SharedEntityIndexTest::untimed));
            assertEquals(expected.mentions(id), actual.mentions(id));
            assertEquals(expected.dates(List.of(id)), actual.dates(List.of(id)));
        }
        assertTrue(actual.curation().equals(expected.curation()));
    }

    /** A document's entities, dates and runs without the run times (two extractions never take the same time). */
    private static List<Object> untimed(DocumentEntities document) {
        return List.of(document.documentId(), document.entities(), document.dates(),
                document.runs().stream().map(run -> List.of(run.extractorId(), run.version(), run.annotations(),
                        String.valueOf(run.error()))).toList());
    }

    private void extract(LuceneEntityIndex index) {
        Pipeline pipeline = Fixtures.pipeline(corpus, index, Fixtures.config(5, 4), ListedNamesExtractor.fromFixture("names"));
        pipelines.add(pipeline);
        pipeline.extract(List.of(), null);
    }

    private LuceneEntityIndex open(Path workspace, OpenSearchCluster on) {
        LuceneEntityIndex index = TestCluster.index(workspace, corpus, on);
        opened.add(index);
        return index;
    }
}
