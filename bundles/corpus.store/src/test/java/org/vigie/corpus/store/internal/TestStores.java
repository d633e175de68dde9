package org.vigie.corpus.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;

import org.vigie.core.api.Workspace;

/** Opens a store the way DS does, on a plain directory. */
final class TestStores {

    private TestStores() {
    }

    static LuceneCorpusStore open(Path root) {
        return new LuceneCorpusStore(workspace(root), config(64, 240));
    }

    static Workspace workspace(Path root) {
        return new Workspace() {
            @Override
            public Path root() {
                return root;
            }

            @Override
            public Path area(String name) {
                try {
                    return Files.createDirectories(root.resolve(name));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String vigieVersion() {
                return "test";
            }
        };
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
        };
    }
}
