package org.vigie.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.SearchHit;
import org.vigie.corpus.api.SearchRequest;
import org.vigie.corpus.api.SearchResult;

/**
 * The query language every {@link CorpusStore} understands, on the {@link NewsFixtures}: French
 * analysis (folding, elision, light stemming), phrases, booleans, prefixes, fuzzy terms, fields,
 * dates, relevance order, paging, counts, snippets and one-line errors. A store's test extends it
 * and says how to open one empty store for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CorpusSearchContract {
    protected CorpusStore store;

    /** A new, empty store, filled with the fixtures once for the class. */
    protected abstract CorpusStore open() throws Exception;

    /** Releases the store at the end of the class. */
    protected abstract void close(CorpusStore store) throws Exception;

    @BeforeAll
    void fill() throws Exception {
        store = open();
        store.add(NewsFixtures.ALL);
    }

    @AfterAll
    void closeStore() throws Exception {
        if (store != null) {
            close(store);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Luong Tam Quang                               | convention-hanoi.txt
            Lương Tam Quang                               | convention-hanoi.txt
            da nang                                       | forum-da-nang.txt
            Do Van Hung                                   | forum-da-nang.txt
            Đỗ                                            | forum-da-nang.txt
            Khorochev                                     | lockbit-sanctions.txt
            securite publique                             | convention-hanoi.txt
            interieur                                     | convention-hanoi.txt
            l'intérieur                                   | convention-hanoi.txt
            d’informations                                | convention-hanoi.txt
            octobre                                       | convention-hanoi.txt
            arrestation                                   | interpol-afrique.txt
            rançongiciels AND Interpol                    | interpol-afrique.txt
            "Nations unies"                               | convention-hanoi.txt
            "preuves électroniques"                       | convention-hanoi.txt
            Europol AND NOT phishing                      | lockbit-sanctions.txt
            cybercrimin*                                  | convention-hanoi.txt
            hameç*                                        | forum-da-nang.txt
            escroquerie*                                  | interpol-afrique.txt
            Arrestations*                                 | interpol-afrique.txt
            Khoroshev~                                    | lockbit-sanctions.txt
            title:forum                                   | forum-da-nang.txt
            source:"Nhan Dan"                             | convention-hanoi.txt
            source:courrier                               | lockbit-sanctions.txt
            lang:EN                                       | europol-english.txt
            file:lockbit*                                 | lockbit-sanctions.txt
            url:"https://fr.example.vn/forum-da-nang"     | forum-da-nang.txt
            url:*convention*                              | convention-hanoi.txt
            tag.sujet:fraude                              | interpol-afrique.txt
            tag.pays:"viet nam" AND hameçonnage           | forum-da-nang.txt
            published:[2025-10-20 TO 2025-10-31]          | convention-hanoi.txt
            published:2025-09-12                          | interpol-afrique.txt
            published:2024                                | lockbit-sanctions.txt
            published:{2025-10-03 TO *]                   | convention-hanoi.txt
            published:[* TO 2025-10-03} AND Interpol      | interpol-afrique.txt
            """)
    void findsExactlyTheExpectedDocument(String query, String file) {
        assertEquals(List.of(file), files(store.search(SearchRequest.of(query, 10))), query);
    }

    @Test
    void findsSeveralWithBooleanAndMonthQueries() {
        assertEquals(Set.of("convention-hanoi.txt", "interpol-afrique.txt"),
                Set.copyOf(files(store.search(SearchRequest.of("Interpol", 10)))));
        assertEquals(Set.of("convention-hanoi.txt", "forum-da-nang.txt"),
                Set.copyOf(files(store.search(SearchRequest.of("published:2025-10", 10)))));
        assertEquals(Set.of("europol-english.txt", "lockbit-sanctions.txt", "interpol-afrique.txt"),
                Set.copyOf(files(store.search(SearchRequest.of("Europol OR source:VNA", 10)))));
        assertEquals(List.of(), files(store.search(SearchRequest.of("\"unies Nations\"", 10))));
    }

    @Test
    void ordersByRelevance() {
        // three "Interpol" and an Interpol title beat one mention in the text
        assertEquals(List.of("interpol-afrique.txt", "convention-hanoi.txt"),
                files(store.search(SearchRequest.of("Interpol", 10))));
        SearchResult result = store.search(SearchRequest.of("Interpol", 10));
        assertTrue(result.hits().get(0).score() > result.hits().get(1).score());
    }

    @Test
    void pagesThroughHitsAndCountsThemAll() {
        SearchResult all = store.search(SearchRequest.of("la OR the", 10));
        assertEquals(5, all.totalHits());
        SearchResult second = store.search(new SearchRequest("la OR the", 2, 2));
        assertEquals(5, second.totalHits());
        assertEquals(files(all).subList(2, 4), files(second));
        assertEquals(List.of(), store.search(new SearchRequest("la OR the", 5, 10)).hits());
        assertEquals(List.of(), store.search(new SearchRequest("la OR the", 0, 0)).hits());
    }

    @Test
    void marksTheHitInASnippetOnOneLine() {
        SearchHit hit = store.search(SearchRequest.of("Luong Tam Quang", 1)).hits().get(0);
        assertTrue(hit.snippet().contains("[[Lương]] [[Tam]] [[Quang]]"), hit.snippet());
        assertFalse(hit.snippet().contains("\n"));
        assertTrue(hit.snippet().replace("[[", "").replace("]]", "").length() <= 240 + 2, hit.snippet());
        String phrase = store.search(SearchRequest.of("\"preuves électroniques\"", 1)).hits().get(0).snippet();
        assertTrue(phrase.contains("[[preuves]] [[électroniques]]") || phrase.contains("[[preuves électroniques]]"),
                phrase);
        String prefix = store.search(SearchRequest.of("hameç*", 1)).hits().get(0).snippet();
        assertTrue(prefix.contains("[[hameçonnage]]"), prefix);
    }

    @Test
    void aMetadataOnlyHitStartsWithItsText() {
        SearchHit hit = store.search(SearchRequest.of("lang:en", 1)).hits().get(0);
        assertTrue(hit.snippet().startsWith("Europol said police forces"), hit.snippet());
        assertFalse(hit.snippet().contains("[["));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Interpol AND (                    | cannot parse query 'Interpol AND (': Encountered
            "Nations unies                    | cannot parse query '"Nations unies': Lexical error
            published:[hier TO 2025-10-31]    | cannot parse query 'published:[hier TO 2025-10-31]': published expects a date like 2025-10-31, 2025-10 or 2025, not 'hier'
            `   `                             | cannot parse query '   ': the query is empty
            """)
    void aBadQueryIsOneLineNamingTheQuery(String query, String message) {
        CorpusException e = assertThrows(CorpusException.class, () -> store.search(SearchRequest.of(query, 10)));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    private static List<String> files(SearchResult result) {
        return result.hits().stream().map(h -> h.document().metadata().fileName()).collect(Collectors.toList());
    }
}
