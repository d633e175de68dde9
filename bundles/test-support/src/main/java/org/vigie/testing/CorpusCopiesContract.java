package org.vigie.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.copies.Copy;
import org.vigie.corpus.api.copies.CopyCluster;
import org.vigie.corpus.api.copies.CorpusCopies;

/**
 * What every store that also finds syndicated copies ({@link CorpusCopies}) keeps: clusters under
 * the earliest published, across batches, after removals and across restarts. A store's test
 * extends it and says how to open, reopen and close a store.
 *
 * @param <S> the store
 */
public abstract class CorpusCopiesContract<S extends CorpusStore & CorpusCopies> {
    protected S store;

    private final List<Document> wire = Dispatches.wire();
    private final Document agency = wire.get(0);
    private final Document outlet = wire.get(1);
    private final Document later = wire.get(2);
    private final Document conference = wire.get(3);

    /** A new, empty store for one test. */
    protected abstract S open() throws Exception;

    /** The same stored corpus as the next Vigie process sees it: {@code store} closed, then opened again. */
    protected abstract S reopen(S store) throws Exception;

    /** Releases the store at the end of a test. */
    protected abstract void close(S store) throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        store = open();
    }

    @AfterEach
    void closeStore() throws Exception {
        close(store);
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
        store = reopen(store);
        assertEquals(before, store.clusters());
        store.remove(List.of(later.id()));
        store = reopen(store);
        assertEquals(List.of(agency.id(), outlet.id()), ids(store.clusters().get(0)));
    }
}
