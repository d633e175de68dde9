package org.vigie.corpus.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.copies.Copy;
import org.vigie.corpus.api.copies.CopyCluster;
import org.vigie.corpus.store.internal.copies.Dispatches;

class StoredCopiesTest {
    @TempDir
    Path workspace;
    LuceneCorpusStore store;

    final List<Document> wire = Dispatches.wire();
    final Document agency = wire.get(0);
    final Document outlet = wire.get(1);
    final Document later = wire.get(2);
    final Document conference = wire.get(3);

    @BeforeEach
    void open() {
        store = TestStores.open(workspace);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private static List<String> ids(CopyCluster cluster) {
        return cluster.members().stream().map(Copy::id).toList();
    }

    @Test
    void copiesImportedInSeveralBatchesMakeOneClusterUnderTheEarliestPublished() {
        store.add(List.of(later, conference));
        assertTrue(store.clusters().isEmpty());
        store.add(List.of(outlet, agency));
        CopyCluster cluster = store.clusterOf(outlet.id()).orElseThrow();
        assertEquals(List.of(agency.id(), outlet.id(), later.id()), ids(cluster));
        assertEquals("VNA", cluster.copies().get(0).document().metadata().source());
        assertTrue(cluster.copies().get(0).similarity() >= 0.5, cluster.toString());
        assertEquals(List.of(cluster), store.clusters());
        assertTrue(store.clusterOf(conference.id()).isEmpty());
    }

    @Test
    void removingADocumentRemovesItFromItsCluster() {
        store.add(List.of(agency, outlet, later, conference));
        store.clusters();
        store.remove(List.of(agency.id()));
        assertEquals(List.of(outlet.id(), later.id()), ids(store.clusterOf(later.id()).orElseThrow()));
        store.remove(List.of(outlet.id()));
        assertTrue(store.clusters().isEmpty());
    }

    @Test
    void clustersSurviveARestartAndARemovalBeforeIt() throws Exception {
        store.add(List.of(agency, outlet, later, conference));
        List<CopyCluster> before = store.clusters();
        store.close();
        store = TestStores.open(workspace);
        assertEquals(before, store.clusters());
        store.remove(List.of(later.id()));
        store.close();
        store = TestStores.open(workspace);
        assertEquals(List.of(agency.id(), outlet.id()), ids(store.clusters().get(0)));
    }
}
