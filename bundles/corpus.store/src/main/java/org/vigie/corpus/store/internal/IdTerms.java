package org.vigie.corpus.store.internal;

import java.io.IOException;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Whether a document id is stored, read from the id terms of each segment. The store asks it
 * for every document of an import batch; a {@code count} query did the same seeks twice (once to
 * gather the term's statistics over every segment, once to count) plus a query's set-up.
 */
final class IdTerms {

    private IdTerms() {
    }

    /** Whether a live document of {@code searcher}'s index has this full id. */
    static boolean holds(IndexSearcher searcher, String id) throws IOException {
        return docOf(searcher, id) >= 0;
    }

    /** The live Lucene doc (over the whole index) with this full id, or -1. */
    static int docOf(IndexSearcher searcher, String id) throws IOException {
        BytesRef term = new BytesRef(id);
        PostingsEnum postings = null;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(CorpusFields.ID);
            TermsEnum ids = terms == null ? null : terms.iterator();
            if (ids == null || !ids.seekExact(term)) {
                continue;
            }
            postings = ids.postings(postings, PostingsEnum.NONE);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return leaf.docBase + doc;
                }
            }
        }
        return -1;
    }
}
