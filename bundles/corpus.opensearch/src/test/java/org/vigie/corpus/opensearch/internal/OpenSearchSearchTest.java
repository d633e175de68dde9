package org.vigie.corpus.opensearch.internal;

import org.junit.jupiter.api.extension.ExtendWith;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.testing.CorpusSearchContract;
import org.vigie.testing.opensearch.OpenSearchNode;
import org.vigie.testing.opensearch.RunningOpenSearch;

/** The search contract on OpenSearch. */
@ExtendWith(RunningOpenSearch.class)
class OpenSearchSearchTest extends CorpusSearchContract {
    private final OpenSearchNode node;
    private final String prefix = TestStores.newPrefix();

    OpenSearchSearchTest(OpenSearchNode node) {
        this.node = node;
    }

    @Override
    protected CorpusStore open() {
        return TestStores.open(node, prefix);
    }

    @Override
    protected void close(CorpusStore store) {
        TestStores.delete(node, prefix);
    }
}
