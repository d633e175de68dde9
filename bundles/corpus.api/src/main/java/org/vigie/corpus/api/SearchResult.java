package org.vigie.corpus.api;

import java.util.List;

/**
 * The result of a search: the total number of matching documents and the requested page of hits
 * in relevance order.
 */
public record SearchResult(long totalHits, List<SearchHit> hits) {

    public SearchResult {
        hits = List.copyOf(hits);
    }
}
