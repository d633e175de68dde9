package org.vigie.corpus.store.internal;

import java.lang.annotation.Annotation;
import java.nio.file.Path;

import org.vigie.testing.DirectoryWorkspace;

/** Opens a store the way DS does, on a plain directory. */
final class TestStores {

    private TestStores() {
    }

    static LuceneCorpusStore open(Path root) {
        return new LuceneCorpusStore(new DirectoryWorkspace(root), config(64, 240));
    }

    static LuceneCorpusStore.Config config(double ramBufferMb, int snippetLength) {
        return new LuceneCorpusStore.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return LuceneCorpusStore.Config.class;
            }

            @Override
            public double ramBufferMb() {
                return ramBufferMb;
            }

            @Override
            public int snippetLength() {
                return snippetLength;
            }

            @Override
            public double copyThreshold() {
                return 0.3;
            }
        };
    }
}
