package org.vigie.entities.core.internal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.vigie.corpus.api.CorpusStore;
import org.vigie.testing.DirectoryWorkspace;

/** Test fixtures of this package for the others: an entity index in a folder, opened and closed as DS would. */
public final class IndexFixtures {

    private IndexFixtures() {
    }

    /** An index whose mentions' sentences are cut from {@code corpus}. */
    public static LuceneEntityIndex index(Path root, CorpusStore corpus) {
        LuceneEntityIndex index = new LuceneEntityIndex();
        index.workspace = new DirectoryWorkspace(root);
        index.corpus = corpus;
        index.activate();
        return index;
    }

    /** Closes the index as DS deactivates it (committing what a publish left). */
    public static void close(LuceneEntityIndex index) {
        try {
            index.deactivate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
