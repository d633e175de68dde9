package org.vigie.corpus.opensearch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.testing.CorpusStoreContract;
import org.vigie.testing.NewsFixtures;
import org.vigie.testing.opensearch.OpenSearchNode;
import org.vigie.testing.opensearch.RunningOpenSearch;

/** The store contract on OpenSearch, and its revisions. */
@ExtendWith(RunningOpenSearch.class)
class OpenSearchCorpusStoreTest extends CorpusStoreContract {
    private final OpenSearchNode node;
    private final String prefix = TestStores.newPrefix();

    OpenSearchCorpusStoreTest(OpenSearchNode node) {
        this.node = node;
    }

    @Override
    protected CorpusStore open() {
        return TestStores.open(node, prefix);
    }

    @Override
    protected CorpusStore reopen(CorpusStore store) {
        return TestStores.open(node, prefix);
    }

    @Override
    protected void close(CorpusStore store) {
        TestStores.delete(node, prefix);
    }

    @Test
    void theRevisionChangesWithEveryAddOrRemovalAndDiffersBetweenStores() {
        String empty = store.revision();
        store.add(List.of(NewsFixtures.CONVENTION));
        String one = store.revision();
        store.remove(List.of(NewsFixtures.CONVENTION.id()));
        String none = store.revision();
        assertNotEquals(empty, one);
        assertNotEquals(one, none);
        assertEquals(none, TestStores.open(node, prefix).revision(), "a reopened store keeps its revision");
        String other = TestStores.newPrefix();
        try {
            assertNotEquals(TestStores.open(node, other).revision().split(":")[0], none.split(":")[0]);
        } finally {
            TestStores.delete(node, other);
        }
    }
}
