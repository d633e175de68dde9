package org.vigie.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.CorpusStats;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.corpus.api.SearchHit;
import org.vigie.corpus.api.SearchRequest;
import org.vigie.corpus.api.SearchResult;

class MemoryCorpusStoreTest {

    private static final Document LYON = document("a1b2c3d4", "Interpol à Lyon",
            "Le siège d'Interpol se trouve à Lyon, en France.", "Le Monde", LocalDate.of(2025, 10, 26));
    private static final Document HANOI = document("a1b2ffff", "Réunion à Hanoï",
            "Des policiers de l'ASEAN se réunissent à Hanoï.", null, LocalDate.of(2025, 11, 7));
    private static final Document GENEVE = document("e5f6a7b8", "Genève",
            "L'ONU a un bureau à Genève, en Suisse.", "Le Temps", null);

    @Test
    void eachAddIsOneCommitAndKeepsWhatIsStoredAlready() {
        MemoryCorpusStore store = new MemoryCorpusStore(LYON);
        assertEquals(List.of("a1b2ffff"), store.add(List.of(HANOI, LYON)));
        assertEquals(List.of("e5f6a7b8"), store.add(List.of(GENEVE)));
        assertEquals(List.of(2, 1), store.commitSizes(), "the documents given at construction are no commit");
        assertEquals(List.of(LYON, HANOI, GENEVE), store.documents());
        assertEquals(List.of("a1b2c3d4", "a1b2ffff", "e5f6a7b8"), store.ids());
        assertEquals(3, store.count());
    }

    @Test
    void aFailingCommitStoresNothingAndTheNextOneWorks() {
        MemoryCorpusStore store = new MemoryCorpusStore().failOnCommit(2);
        store.add(List.of(LYON));
        CorpusException failure = assertThrows(CorpusException.class, () -> store.add(List.of(HANOI, GENEVE)));
        assertEquals("store closed: the process was stopped", failure.getMessage());
        assertEquals(List.of("a1b2c3d4"), store.ids());
        assertEquals(List.of("a1b2ffff", "e5f6a7b8"), store.add(List.of(HANOI, GENEVE)));
        assertEquals(List.of(1, 2), store.commitSizes());
    }

    @Test
    void getTakesAFullIdOrAnUnambiguousPrefixOfFourCharacters() {
        MemoryCorpusStore store = new MemoryCorpusStore(LYON, HANOI, GENEVE);
        assertEquals(HANOI, store.get("a1b2ffff").orElseThrow());
        assertEquals(GENEVE, store.get("e5f6").orElseThrow());
        assertTrue(store.get("e5f").isEmpty(), "three characters are too few for a prefix");
        assertTrue(store.get("9999").isEmpty());
        CorpusException ambiguous = assertThrows(CorpusException.class, () -> store.get("a1b2"));
        assertTrue(ambiguous.getMessage().startsWith("id prefix 'a1b2' is ambiguous"), ambiguous.getMessage());
    }

    @Test
    void removeListAndContainsFollowInsertionOrder() {
        MemoryCorpusStore store = new MemoryCorpusStore(List.of(LYON, HANOI, GENEVE));
        assertEquals(List.of("a1b2ffff", "e5f6a7b8"), store.list(1, 5).stream().map(DocumentSummary::id).toList());
        assertEquals(1, store.remove(List.of("a1b2ffff", "not-stored")));
        assertFalse(store.contains("a1b2ffff"));
        assertTrue(store.contains("e5f6a7b8"));
        assertEquals(List.of("a1b2c3d4"), store.list(0, 1).stream().map(DocumentSummary::id).toList());
        assertEquals(2, store.count());
    }

    @Test
    void searchFindsDocumentsHoldingEveryFoldedWordAndPages() {
        MemoryCorpusStore store = new MemoryCorpusStore(LYON, HANOI, GENEVE);
        assertEquals(List.of("a1b2ffff"), ids(store.search(SearchRequest.of("HANOI policiers", 10))));
        assertEquals(List.of("a1b2c3d4"), ids(store.search(SearchRequest.of("d'Interpol France", 10))));
        assertTrue(store.search(SearchRequest.of("Lyon Genève", 10)).hits().isEmpty(), "every word is required");
        assertEquals(List.of("e5f6a7b8"), ids(store.search(SearchRequest.of("genève", 10))), "the title counts");

        SearchResult second = store.search(new SearchRequest("à", 1, 1));
        assertEquals(3, second.totalHits());
        assertEquals(List.of("a1b2ffff"), ids(second));
    }

    @Test
    void statsCountSourcesLanguagesAndMonthsWithUnknownForTheMissing() {
        CorpusStats stats = new MemoryCorpusStore(LYON, HANOI, GENEVE).stats();
        assertEquals(3, stats.documents());
        assertEquals(LYON.text().length() + HANOI.text().length() + GENEVE.text().length(), stats.characters());
        assertEquals(Map.of("Le Monde", 1L, "Le Temps", 1L, "unknown", 1L), stats.bySource());
        assertEquals(Map.of("fr", 3L), stats.byLanguage());
        assertEquals(Map.of("2025-10", 1L, "2025-11", 1L, "unknown", 1L), stats.byMonth());
    }

    @Test
    void aSubclassCanServeDocumentsOfItsOwn() {
        MemoryCorpusStore generated = new MemoryCorpusStore() {
            @Override
            public List<String> ids() {
                return List.of("gen-1");
            }

            @Override
            public java.util.Optional<Document> get(String id) {
                return java.util.Optional.of(document(id, "Généré", "Un texte produit à la demande.", null, null));
            }
        };
        assertEquals("Un texte produit à la demande.", generated.get(generated.ids().get(0)).orElseThrow().text());
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::document).map(DocumentSummary::id).toList();
    }

    private static Document document(String id, String title, String text, String source, LocalDate published) {
        return new Document(id, text, null, new DocumentMetadata(title, source, null, published, "fr", id + ".txt",
                null, null, "text/plain", Map.of()));
    }
}
