package org.vigie.corpus.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.testing.CorpusStoreContract;
import org.vigie.testing.NewsFixtures;

/** The store contract on the embedded store, and what only Lucene's files do. */
class LuceneCorpusStoreTest extends CorpusStoreContract {
    @TempDir
    Path workspace;

    @Override
    protected CorpusStore open() {
        return TestStores.open(workspace);
    }

    @Override
    protected CorpusStore reopen(CorpusStore store) throws Exception {
        close(store);
        return TestStores.open(workspace);
    }

    @Override
    protected void close(CorpusStore store) throws Exception {
        ((LuceneCorpusStore) store).close();
    }

    @Test
    void anotherProcessHoldingTheStoreIsReportedInOneLine() {
        CorpusException e = assertThrows(CorpusException.class, () -> TestStores.open(workspace));
        assertTrue(e.getMessage().startsWith("cannot open the corpus store in " + workspace.resolve("store")),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void namesAFieldLuceneWouldRefuseBeforeTheDocumentIsAdded() {
        NewsFixtures.ALL.forEach(store::check);
        String huge = "x".repeat(40_000);

        CorpusException url = assertThrows(CorpusException.class, () -> store.check(with(huge, null, Map.of())));
        CorpusException source = assertThrows(CorpusException.class, () -> store.check(with(null, huge, Map.of())));
        CorpusException tag = assertThrows(CorpusException.class,
                () -> store.check(with(null, null, Map.of("note", huge))));

        assertEquals("its url is too long to be indexed: 40,000 bytes, the limit is 32,766", url.getMessage());
        assertEquals("its source is too long to be indexed: 40,000 bytes, the limit is 32,766", source.getMessage());
        assertEquals("its tag note is too long to be indexed: 40,000 bytes, the limit is 32,766", tag.getMessage());
    }

    private static Document with(String url, String source, Map<String, String> tags) {
        Document base = NewsFixtures.LOCKBIT;
        DocumentMetadata m = base.metadata();
        return new Document(base.id(), base.text(), base.rawText(), new DocumentMetadata(m.title(),
                source, url, m.published(), m.language(), m.fileName(), m.path(), m.imported(), m.mediaType(), tags));
    }
}
