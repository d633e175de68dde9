package org.vigie.corpus.store.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.SearchHit;
import org.vigie.corpus.api.SearchRequest;
import org.vigie.corpus.api.SearchResult;
import org.vigie.lucene.news.NewsQueryParser;

/** A search on one point-in-time searcher: every hit counted, one page in relevance order, snippets. */
final class CorpusSearch {
    private final Analyzer analyzer;
    private final Snippets snippets;

    CorpusSearch(Analyzer analyzer, int snippetLength) {
        this.analyzer = analyzer;
        this.snippets = new Snippets(analyzer, snippetLength);
    }

    SearchResult run(CorpusIndex index, SearchRequest request) {
        Query query = parse(request.query(), analyzer);
        try {
            return index.read(searcher -> page(searcher, query, request));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new CorpusException("cannot run query '" + request.query()
                    + "': it matches too many different words; make the prefix or fuzzy term longer", e);
        }
    }

    /** The query in the store's terms, or {@code cannot parse query 'x': <reason>}. */
    static Query parse(String query, Analyzer analyzer) {
        try {
            return NewsQueryParser.parse(query, analyzer);
        } catch (IllegalArgumentException e) {
            throw new CorpusException(e.getMessage(), e);
        }
    }

    private SearchResult page(IndexSearcher searcher, Query query, SearchRequest request) throws IOException {
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(
                wanted(searcher, request.offset(), request.limit()), null, Integer.MAX_VALUE));
        QueryTerms words = QueryTerms.of(query, CorpusFields.TEXT);
        List<SearchHit> hits = new ArrayList<>();
        // one read of each hit for its summary and its snippet's text: a stored read decompresses
        StoredFields fields = searcher.storedFields();
        for (ScoreDoc hit : page(top, request.offset(), request.limit())) {
            org.apache.lucene.document.Document stored = StoredDocuments.withText(fields, hit.doc);
            String text = stored.get(CorpusFields.TEXT);
            hits.add(new SearchHit(CorpusFields.toSummary(stored), hit.score,
                    text == null ? "" : snippets.snippet(text, words)));
        }
        return new SearchResult(top.totalHits.value, hits);
    }

    /** How many top documents to collect for a page: at least one, at most the index size. */
    static int wanted(IndexSearcher searcher, int offset, int limit) {
        long wanted = (long) offset + limit;
        return (int) Math.max(1, Math.min(wanted, searcher.getIndexReader().maxDoc()));
    }

    static ScoreDoc[] page(TopDocs top, int offset, int limit) {
        int end = (int) Math.min(top.scoreDocs.length, (long) offset + limit);
        return offset >= end ? new ScoreDoc[0] : Arrays.copyOfRange(top.scoreDocs, offset, end);
    }
}
