package org.vigie.web.internal.api;

import java.util.List;

import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.corpus.api.SearchRequest;
import org.vigie.corpus.api.SearchResult;
import org.vigie.entities.api.EntityIndex;

/**
 * The Recherche view's answers: a page of hits with their marked snippets, and apart (the page
 * asks for both at once and shows the hits first) the facets of the whole result set
 * ({@link Facets}). An empty query lists the corpus in store order.
 */
public final class SearchAnswers {

    /** The most hits a page holds. */
    public static final int MAX_LIMIT = 100;

    /** One hit as the page shows it. */
    public record Hit(String id, String title, String source, String published, String language, float score,
            List<Snippet.Run> snippet) {
    }

    /** The answer to one search. */
    public record Answer(String query, long total, int offset, int limit, List<Hit> hits) {
    }

    private final CorpusStore store;
    private final EntityIndex index;
    private final FacetCache cache = new FacetCache();

    public SearchAnswers(CorpusStore store, EntityIndex index) {
        this.store = store;
        this.index = index;
    }

    /**
     * @throws IllegalArgumentException when offset or limit is out of range
     * @throws org.vigie.corpus.api.CorpusException when the query cannot be parsed (its message says where)
     */
    public Answer search(String query, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset must be >= 0 and limit between 1 and " + MAX_LIMIT);
        }
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            List<Hit> hits = store.list(offset, limit).stream().map(d -> hit(d, 0, null)).toList();
            return new Answer(q, store.count(), offset, limit, hits);
        }
        SearchResult result = store.search(new SearchRequest(q, offset, limit));
        List<Hit> hits = result.hits().stream().map(h -> hit(h.document(), h.score(), h.snippet())).toList();
        return new Answer(q, result.totalHits(), offset, limit, hits);
    }

    /**
     * The facets of a query's result set (of the corpus for an empty query).
     *
     * @throws org.vigie.corpus.api.CorpusException when the query cannot be parsed
     */
    public Facets.Counts facets(String query) {
        String q = query == null ? "" : query.strip();
        Facets facets = new Facets(store, index);
        return q.isEmpty() ? cache.get(store.revision(), facets::ofCorpus)
                : cache.get(store.revision() + "\n" + q, () -> facets.ofQuery(q));
    }

    private static Hit hit(DocumentSummary document, float score, String snippet) {
        DocumentMetadata meta = document.metadata();
        return new Hit(document.id(), meta.title(), meta.source(), meta.published() == null ? null : meta.published().toString(),
                meta.language(), score, Snippet.runs(snippet));
    }
}
