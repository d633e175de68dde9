package org.vigie.web.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.EntityType;
import org.vigie.testing.MemoryCorpusStore;

class SearchAnswersTest {

    private final MemoryCorpusStore store = new MemoryCorpusStore(
            Documents.of("d1", "La convention de Budapest", "VNA", "2025-10-25", "Le Conseil de l'Europe signe la convention."),
            Documents.of("d2", "Convention à Hanoï", "Nhân Dân", "2025-11-02", "Interpol salue la convention signée à Hanoï."),
            Documents.of("d3", "Rançongiciels", "VNA", "2025-11-03", "Interpol démantèle un réseau."));
    private final SpanIndex index = new SpanIndex()
            .mention("d1", "Conseil de l'Europe", 3, EntityType.ORGANIZATION)
            .mention("d2", "Interpol", 0, EntityType.ORGANIZATION)
            .mention("d2", "Hanoï", 38, EntityType.LOCATION)
            .mention("d3", "Interpol", 0, EntityType.ORGANIZATION);
    private final SearchAnswers answers = new SearchAnswers(store, index);

    @Test
    void facetsCountTheResultSetNotTheCorpus() {
        SearchAnswers.Answer answer = answers.search("convention", 0, 20);
        assertEquals(2, answer.total());
        assertEquals(List.of("d1", "d2"), answer.hits().stream().map(SearchAnswers.Hit::id).toList());
        Facets.Counts facets = answers.facets("convention");
        assertEquals(Map.of("VNA", 1L, "Nhân Dân", 1L), facets.source());
        assertEquals(List.of("2025-10", "2025-11"), List.copyOf(facets.month().keySet()));
        assertEquals(Map.of("ORGANIZATION", 2L, "LOCATION", 1L), facets.entityType());
        assertEquals(List.of("d1", "d2"), List.copyOf(index.asked.get(0)), "top entities of the hits only");
        assertFalse(facets.sampled());
    }

    @Test
    void aQuerysFacetsAreCountedOnceAndAgainAfterAnImport() {
        answers.facets("interpol");
        answers.facets(" interpol ");
        assertEquals(1, index.asked.size(), "asked again, the facets are reused");
        store.add(List.of(Documents.of("d4", "Interpol", "AFP", "2025-12-01", "Interpol encore.")));
        Facets.Counts facets = answers.facets("interpol");
        assertEquals(2, index.asked.size());
        assertEquals(Map.of("Nhân Dân", 1L, "VNA", 1L, "AFP", 1L), facets.source());
    }

    @Test
    void anEmptyQueryPagesTheCorpusWithItsOwnCounts() {
        SearchAnswers.Answer answer = answers.search("  ", 1, 1);
        assertEquals(3, answer.total());
        assertEquals(List.of("d2"), answer.hits().stream().map(SearchAnswers.Hit::id).toList());
        assertEquals(Map.of("VNA", 2L, "Nhân Dân", 1L), answers.facets("").source());
        assertEquals("Interpol", answers.facets(null).entities().get(0).name());
    }

    @Test
    void aPageSizeOutOfRangeIsRefusedWithTheLimits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> answers.search("x", 0, 500));
        assertEquals("offset must be >= 0 and limit between 1 and 100", e.getMessage());
    }

    @Test
    void aQueryWithNoHitHasEmptyFacets() {
        assertEquals(0, answers.search("cryptomonnaie", 0, 20).total());
        assertEquals(Map.of(), answers.facets("cryptomonnaie").source());
    }
}
