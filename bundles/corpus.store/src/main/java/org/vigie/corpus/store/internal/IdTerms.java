package org.vigie.corpus.store.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Whether document ids are stored, read from the id terms of each segment. The store asks it
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
            int doc = firstLive(postings, leaf.reader().getLiveDocs());
            if (doc != DocIdSetIterator.NO_MORE_DOCS) {
                return leaf.docBase + doc;
            }
        }
        return -1;
    }

    /**
     * The ids among {@code ids} that a live document of {@code searcher}'s index has. One terms
     * enum a segment, walked in term order, so that a batch's seeks share the blocks they load
     * (a new enum for every id and segment was a third of the look-ups' cost).
     */
    static Set<String> held(IndexSearcher searcher, Collection<String> ids) throws IOException {
        BytesRef[] terms = ids.stream().distinct().map(BytesRef::new).sorted().toArray(BytesRef[]::new);
        Set<String> held = new HashSet<>();
        PostingsEnum postings = null;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms idTerms = leaf.reader().terms(CorpusFields.ID);
            TermsEnum enumerated = idTerms == null ? null : idTerms.iterator();
            Bits live = leaf.reader().getLiveDocs();
            for (int i = 0; enumerated != null && i < terms.length; i++) {
                if (enumerated.seekExact(terms[i])) {
                    postings = enumerated.postings(postings, PostingsEnum.NONE);
                    if (firstLive(postings, live) != DocIdSetIterator.NO_MORE_DOCS) {
                        held.add(terms[i].utf8ToString());
                    }
                }
            }
        }
        return held;
    }

    private static int firstLive(PostingsEnum postings, Bits live) throws IOException {
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
                return doc;
            }
        }
        return DocIdSetIterator.NO_MORE_DOCS;
    }
}
