package org.vigie.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.CorpusStats;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.corpus.api.SearchRequest;

/**
 * What every {@link CorpusStore} keeps: documents as given, idempotent adds, import order,
 * id prefixes, durable removals and counts. A store's test extends it and says how to open a new
 * empty store and how to reopen one as a restarted Vigie would (the search side is
 * {@link CorpusSearchContract}).
 */
public abstract class CorpusStoreContract {
    protected CorpusStore store;

    /** A new, empty store for one test. */
    protected abstract CorpusStore open() throws Exception;

    /** The same stored corpus as the next Vigie process sees it: {@code store} closed, then opened again. */
    protected abstract CorpusStore reopen(CorpusStore store) throws Exception;

    /** Releases the store at the end of a test. */
    protected abstract void close(CorpusStore store) throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        store = open();
    }

    @AfterEach
    void closeStore() throws Exception {
        close(store);
    }

    @Test
    void storesEveryFieldAsGiven() {
        store.add(NewsFixtures.ALL);
        Document back = store.get(NewsFixtures.CONVENTION.id()).orElseThrow();
        assertEquals(NewsFixtures.CONVENTION, back);
        assertEquals("Việt Nam", back.metadata().tags().get("pays"));
        assertTrue(back.rawText().startsWith("Hanoï accueille"), back.rawText());
        assertFalse(back.text().startsWith("Hanoï accueille"));
        assertEquals(NewsFixtures.EUROPOL, store.get(NewsFixtures.EUROPOL.id()).orElseThrow());
    }

    @Test
    void addingAStoredIdChangesNothing() {
        assertEquals(List.of(NewsFixtures.CONVENTION.id(), NewsFixtures.INTERPOL.id()),
                store.add(List.of(NewsFixtures.CONVENTION, NewsFixtures.INTERPOL, NewsFixtures.CONVENTION)));
        assertEquals(List.of(NewsFixtures.LOCKBIT.id()), store.add(NewsFixtures.ALL.subList(0, 3)));
        assertEquals(3, store.count());
        assertEquals(1, store.search(SearchRequest.of("Khorochev", 10)).totalHits());
    }

    @Test
    void readsABatchOfIdsAtOnceInTheOrderAskedLeavingOutWhatIsNotStored() {
        store.add(List.of(NewsFixtures.CONVENTION, NewsFixtures.INTERPOL, NewsFixtures.FORUM));
        store.remove(List.of(NewsFixtures.INTERPOL.id()));
        List<String> asked = List.of(NewsFixtures.FORUM.id(), NewsFixtures.INTERPOL.id(), "ffff0000",
                NewsFixtures.CONVENTION.id());
        assertEquals(List.of(NewsFixtures.FORUM, NewsFixtures.CONVENTION), store.getAll(asked));
        assertEquals(Set.of(NewsFixtures.FORUM.id(), NewsFixtures.CONVENTION.id()), store.stored(asked));
        assertEquals(List.of(), store.getAll(List.of()));
        assertEquals(Set.of(), store.stored(List.of(NewsFixtures.LOCKBIT.id())));
    }

    @Test
    void listsInImportOrderWithPaging() {
        store.add(List.of(NewsFixtures.LOCKBIT, NewsFixtures.FORUM));
        store.add(List.of(NewsFixtures.EUROPOL, NewsFixtures.CONVENTION, NewsFixtures.INTERPOL));
        List<String> order = List.of(NewsFixtures.LOCKBIT.id(), NewsFixtures.FORUM.id(), NewsFixtures.EUROPOL.id(),
                NewsFixtures.CONVENTION.id(), NewsFixtures.INTERPOL.id());
        assertEquals(order, store.ids());
        assertEquals(order.subList(1, 3), store.list(1, 2).stream().map(DocumentSummary::id).toList());
        assertEquals(order.subList(3, 5), store.list(3, 10).stream().map(DocumentSummary::id).toList());
        assertEquals(List.of(), store.list(5, 10));
        assertEquals(List.of(), store.list(0, 0));
        DocumentSummary first = store.list(0, 1).get(0);
        assertEquals(NewsFixtures.LOCKBIT.summary(), first);
    }

    @Test
    void keepsDocumentsAndOrderAcrossRestarts() throws Exception {
        store.add(List.of(NewsFixtures.FORUM, NewsFixtures.CONVENTION));
        store = reopen(store);
        assertEquals(2, store.count());
        store.add(List.of(NewsFixtures.INTERPOL, NewsFixtures.FORUM));
        assertEquals(List.of(NewsFixtures.FORUM.id(), NewsFixtures.CONVENTION.id(), NewsFixtures.INTERPOL.id()),
                store.ids());
    }

    @Test
    void findsADocumentByAnUnambiguousIdPrefix() {
        Document a = copy(NewsFixtures.CONVENTION, "abcd1111");
        Document b = copy(NewsFixtures.INTERPOL, "abcd2222");
        store.add(List.of(a, b, NewsFixtures.FORUM));
        assertEquals(a, store.get("abcd1").orElseThrow());
        assertEquals(b, store.get("abcd2222").orElseThrow());
        CorpusException ambiguous = assertThrows(CorpusException.class, () -> store.get("abcd"));
        assertEquals("id prefix 'abcd' is ambiguous: 2 documents start with it; give more characters",
                ambiguous.getMessage());
        assertTrue(store.get("abc").isEmpty(), "a prefix under 4 characters matches nothing");
        assertTrue(store.get("ffff0000").isEmpty());
        assertEquals(NewsFixtures.FORUM, store.get(NewsFixtures.FORUM.id().substring(0, 6)).orElseThrow());
    }

    @Test
    void removesDocumentsDurably() throws Exception {
        store.add(NewsFixtures.ALL);
        assertEquals(2, store.remove(List.of(NewsFixtures.INTERPOL.id(), NewsFixtures.EUROPOL.id(), "nothing-such")));
        assertEquals(0, store.remove(List.of(NewsFixtures.INTERPOL.id())));
        assertFalse(store.contains(NewsFixtures.INTERPOL.id()));
        assertTrue(store.contains(NewsFixtures.CONVENTION.id()));
        assertEquals(0, store.search(SearchRequest.of("Europol AND phishing", 10)).totalHits());
        store = reopen(store);
        assertEquals(3, store.count());
        assertEquals(List.of(NewsFixtures.CONVENTION.id(), NewsFixtures.LOCKBIT.id(), NewsFixtures.FORUM.id()),
                store.ids());
        assertEquals(List.of(NewsFixtures.INTERPOL.id()), store.add(List.of(NewsFixtures.INTERPOL)),
                "removed ids can come back");
    }

    @Test
    void countsBySourceLanguageAndMonth() {
        store.add(NewsFixtures.ALL);
        store.remove(List.of(NewsFixtures.LOCKBIT.id()));
        CorpusStats stats = store.stats();
        assertEquals(4, stats.documents());
        long characters = NewsFixtures.ALL.stream().filter(d -> d != NewsFixtures.LOCKBIT)
                .mapToLong(d -> d.text().length()).sum();
        assertEquals(characters, stats.characters());
        assertEquals(Map.of("Nhân Dân", 1L, "VNA", 2L, "unknown", 1L), stats.bySource());
        assertEquals(Map.of("fr", 3L, "en", 1L), stats.byLanguage());
        assertEquals(Map.of("2025-10", 2L, "2025-09", 1L, "unknown", 1L), stats.byMonth());
    }

    private static Document copy(Document document, String id) {
        return new Document(id, document.text(), document.rawText(), document.metadata());
    }
}
