package org.vigie.corpus.opensearch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigie.corpus.api.copies.CopyCluster;
import org.vigie.testing.CorpusCopiesContract;
import org.vigie.testing.Dispatches;
import org.vigie.testing.opensearch.OpenSearchNode;
import org.vigie.testing.opensearch.RunningOpenSearch;

/** The syndicated-copy contract of the embedded store, on OpenSearch; and a second Vigie's writes seen. */
@ExtendWith(RunningOpenSearch.class)
class OpenSearchCopiesTest extends CorpusCopiesContract<OpenSearchCorpusStore> {
    private final OpenSearchNode node;
    private final String prefix = TestStores.newPrefix();

    OpenSearchCopiesTest(OpenSearchNode node) {
        this.node = node;
    }

    @Override
    protected OpenSearchCorpusStore open() {
        return TestStores.open(node, prefix);
    }

    @Override
    protected OpenSearchCorpusStore reopen(OpenSearchCorpusStore store) {
        return TestStores.open(node, prefix);
    }

    @Override
    protected void close(OpenSearchCorpusStore store) {
        TestStores.delete(node, prefix);
    }

    @Test
    void copiesAddedByAnotherVigieOnTheSameIndicesAreSeenAtTheNextRead() {
        List<org.vigie.corpus.api.Document> wire = Dispatches.wire();
        store.add(List.of(wire.get(0), wire.get(3)));
        assertEquals(List.of(), store.clusters());
        TestStores.open(node, prefix).add(List.of(wire.get(1)));
        List<CopyCluster> clusters = store.clusters();
        assertEquals(1, clusters.size());
        assertEquals(List.of(wire.get(0).id(), wire.get(1).id()), clusters.get(0).members().stream().map(c -> c.id()).toList());
    }
}
