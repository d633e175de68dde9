package org.vigie.entities.core.internal.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.util.BytesRef;

/** One searcher of the entity index for one question: visits hits, takes the top ones, lists terms, loads stored fields. */
final class Searching {

    /** Reads one matching document of the current segment (doc values are read in increasing order). */
    interface HitReader {
        void read(int doc) throws IOException;
    }

    /** Prepares reading the hits of one segment. */
    interface SegmentReader {
        HitReader start(LeafReaderContext segment) throws IOException;
    }

    private final IndexSearcher searcher;
    /** Large scopes evaluated once into bits, shared by the questions to one index. */
    private final Scopes scopes;
    /**
     * One reader of stored fields for the whole question: it keeps the block it decompressed last,
     * so documents read in index order cost one decompression per block, not one each.
     */
    private StoredFields storedFields;

    /** The last set of documents a question was restricted to, and its filter: one question asks with the same set again and again. */
    private Collection<String> scope;
    private Query scopeFilter;

    Searching(IndexSearcher searcher) {
        this(searcher, new Scopes());
    }

    Searching(IndexSearcher searcher, Scopes scopes) {
        this.searcher = searcher;
        this.scopes = scopes;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    /**
     * The filter of the documents with one of these ids, built once per question for the same
     * collection (a briefing's scope holds up to every document id: sorting them is not free), and
     * for a large set evaluated once into bits per segment, kept across questions ({@link Scopes}).
     */
    Query documents(Collection<String> ids) {
        if (ids != scope) {
            scopeFilter = scopes.of(searcher, ids);
            scope = ids;
        }
        return scopeFilter;
    }

    /** Visits every hit of a query without scoring. */
    void visit(Query query, SegmentReader segments) {
        try {
            searcher.search(query, new SimpleCollector() {
                private HitReader current;

                @Override
                protected void doSetNextReader(LeafReaderContext context) throws IOException {
                    current = segments.start(context);
                }

                @Override
                public void collect(int doc) throws IOException {
                    current.read(doc);
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code limit} hits (0: all) in index order or in {@code sort} order. */
    List<ScoreDoc> top(Query query, int limit, Sort sort) {
        try {
            int count = searcher.count(query);
            int n = limit <= 0 ? count : Math.min(limit, count);
            if (n == 0) {
                return List.of();
            }
            ScoreDoc[] hits = sort == null ? searcher.search(query, n, Sort.INDEXORDER).scoreDocs
                    : searcher.search(query, n, sort).scoreDocs;
            return List.of(hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The terms of a field across the index, in term order (the entity types present, for {@code type}). */
    List<String> terms(String field) {
        try {
            Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), field);
            List<String> values = new ArrayList<>();
            if (terms != null) {
                TermsEnum each = terms.iterator();
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    values.add(term.utf8ToString());
                }
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored fields of a document. */
    org.apache.lucene.document.Document load(int doc) {
        try {
            if (storedFields == null) {
                storedFields = searcher.storedFields();
            }
            return storedFields.document(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
