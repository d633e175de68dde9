package org.vigie.corpus.store.internal;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.vigie.testing.CorpusCopiesContract;

/** The syndicated-copy contract on the embedded store (the OpenSearch store runs the same). */
class StoredCopiesTest extends CorpusCopiesContract<LuceneCorpusStore> {
    @TempDir
    Path workspace;

    @Override
    protected LuceneCorpusStore open() {
        return TestStores.open(workspace);
    }

    @Override
    protected LuceneCorpusStore reopen(LuceneCorpusStore store) throws Exception {
        store.close();
        return TestStores.open(workspace);
    }

    @Override
    protected void close(LuceneCorpusStore store) throws Exception {
        store.close();
    }
}
