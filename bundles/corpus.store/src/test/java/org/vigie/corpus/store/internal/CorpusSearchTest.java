package org.vigie.corpus.store.internal;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.testing.CorpusSearchContract;

/** The search contract on the embedded store. */
class CorpusSearchTest extends CorpusSearchContract {
    @TempDir
    static Path workspace;

    @Override
    protected CorpusStore open() {
        return TestStores.open(workspace);
    }

    @Override
    protected void close(CorpusStore store) throws Exception {
        ((LuceneCorpusStore) store).close();
    }
}
