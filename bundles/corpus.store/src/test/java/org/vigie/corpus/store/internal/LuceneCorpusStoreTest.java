package org.vigie.corpus.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.CorpusStats;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.corpus.api.SearchRequest;

class LuceneCorpusStoreTest {
    @TempDir
    Path workspace;
    LuceneCorpusStore store;

    @BeforeEach
    void open() {
        store = TestStores.open(workspace);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void storesEveryFieldAsGiven() {
        store.add(Fixtures.ALL);
        Document back = store.get(Fixtures.CONVENTION.id()).orElseThrow();
        assertEquals(Fixtures.CONVENTION, back);
        assertEquals("Việt Nam", back.metadata().tags().get("pays"));
        assertTrue(back.rawText().startsWith("Hanoï accueille"), back.rawText());
        assertFalse(back.text().startsWith("Hanoï accueille"));
        assertEquals(Fixtures.EUROPOL, store.get(Fixtures.EUROPOL.id()).orElseThrow());
    }

    @Test
    void addingAStoredIdChangesNothing() {
        assertEquals(List.of(Fixtures.CONVENTION.id(), Fixtures.INTERPOL.id()),
                store.add(List.of(Fixtures.CONVENTION, Fixtures.INTERPOL, Fixtures.CONVENTION)));
        assertEquals(List.of(Fixtures.LOCKBIT.id()), store.add(Fixtures.ALL.subList(0, 3)));
        assertEquals(3, store.count());
        assertEquals(1, store.search(SearchRequest.of("Khorochev", 10)).totalHits());
    }

    @Test
    void listsInImportOrderWithPaging() {
        store.add(List.of(Fixtures.LOCKBIT, Fixtures.FORUM));
        store.add(List.of(Fixtures.EUROPOL, Fixtures.CONVENTION, Fixtures.INTERPOL));
        List<String> order = List.of(Fixtures.LOCKBIT.id(), Fixtures.FORUM.id(), Fixtures.EUROPOL.id(),
                Fixtures.CONVENTION.id(), Fixtures.INTERPOL.id());
        assertEquals(order, store.ids());
        assertEquals(order.subList(1, 3), store.list(1, 2).stream().map(DocumentSummary::id).toList());
        assertEquals(order.subList(3, 5), store.list(3, 10).stream().map(DocumentSummary::id).toList());
        assertEquals(List.of(), store.list(5, 10));
        assertEquals(List.of(), store.list(0, 0));
        DocumentSummary first = store.list(0, 1).get(0);
        assertEquals(Fixtures.LOCKBIT.summary(), first);
    }

    @Test
    void keepsDocumentsAndOrderAcrossRestarts() throws Exception {
        store.add(List.of(Fixtures.FORUM, Fixtures.CONVENTION));
        store.close();
        store = TestStores.open(workspace);
        assertEquals(2, store.count());
        store.add(List.of(Fixtures.INTERPOL, Fixtures.FORUM));
        assertEquals(List.of(Fixtures.FORUM.id(), Fixtures.CONVENTION.id(), Fixtures.INTERPOL.id()), store.ids());
    }

    @Test
    void findsADocumentByAnUnambiguousIdPrefix() {
        Document a = copy(Fixtures.CONVENTION, "abcd1111");
        Document b = copy(Fixtures.INTERPOL, "abcd2222");
        store.add(List.of(a, b, Fixtures.FORUM));
        assertEquals(a, store.get("abcd1").orElseThrow());
        assertEquals(b, store.get("abcd2222").orElseThrow());
        CorpusException ambiguous = assertThrows(CorpusException.class, () -> store.get("abcd"));
        assertEquals("id prefix 'abcd' is ambiguous: 2 documents start with it; give more characters",
                ambiguous.getMessage());
        assertTrue(store.get("abc").isEmpty(), "a prefix under 4 characters matches nothing");
        assertTrue(store.get("ffff0000").isEmpty());
        assertEquals(Fixtures.FORUM, store.get(Fixtures.FORUM.id().substring(0, 6)).orElseThrow());
    }

    @Test
    void removesDocumentsDurably() throws Exception {
        store.add(Fixtures.ALL);
        assertEquals(2, store.remove(List.of(Fixtures.INTERPOL.id(), Fixtures.EUROPOL.id(), "nothing-such")));
        assertEquals(0, store.remove(List.of(Fixtures.INTERPOL.id())));
        assertFalse(store.contains(Fixtures.INTERPOL.id()));
        assertTrue(store.contains(Fixtures.CONVENTION.id()));
        assertEquals(0, store.search(SearchRequest.of("Europol AND phishing", 10)).totalHits());
        store.close();
        store = TestStores.open(workspace);
        assertEquals(3, store.count());
        assertEquals(List.of(Fixtures.CONVENTION.id(), Fixtures.LOCKBIT.id(), Fixtures.FORUM.id()), store.ids());
        assertEquals(List.of(Fixtures.INTERPOL.id()), store.add(List.of(Fixtures.INTERPOL)), "removed ids can come back");
    }

    @Test
    void countsBySourceLanguageAndMonth() {
        store.add(Fixtures.ALL);
        store.remove(List.of(Fixtures.LOCKBIT.id()));
        CorpusStats stats = store.stats();
        assertEquals(4, stats.documents());
        long characters = Fixtures.ALL.stream().filter(d -> d != Fixtures.LOCKBIT).mapToLong(d -> d.text().length()).sum();
        assertEquals(characters, stats.characters());
        assertEquals(Map.of("Nhân Dân", 1L, "VNA", 2L, "unknown", 1L), stats.bySource());
        assertEquals(Map.of("fr", 3L, "en", 1L), stats.byLanguage());
        assertEquals(Map.of("2025-10", 2L, "2025-09", 1L, "unknown", 1L), stats.byMonth());
    }

    @Test
    void anotherProcessHoldingTheStoreIsReportedInOneLine() {
        CorpusException e = assertThrows(CorpusException.class, () -> TestStores.open(workspace));
        assertTrue(e.getMessage().startsWith("cannot open the corpus store in " + workspace.resolve("store")),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    private static Document copy(Document document, String id) {
        return new Document(id, document.text(), document.rawText(), document.metadata());
    }

    @Test
    void namesAFieldLuceneWouldRefuseBeforeTheDocumentIsAdded() {
        Fixtures.ALL.forEach(store::check);
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
        Document base = Fixtures.LOCKBIT;
        org.vigie.corpus.api.DocumentMetadata m = base.metadata();
        return new Document(base.id(), base.text(), base.rawText(), new org.vigie.corpus.api.DocumentMetadata(m.title(),
                source, url, m.published(), m.language(), m.fileName(), m.path(), m.imported(), m.mediaType(), tags));
    }
}
