package org.vigie.entities.core.internal.index;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.vigie.entities.core.internal.layout.IndexFields;

/**
 * The ids of the documents that have results, read from the {@code doc} doc values of live index
 * documents: no stored field is loaded. A segment's value dictionary still holds the ids of
 * deleted documents, so each id is taken only when a live document uses it.
 */
final class ResultIds {

    private ResultIds() {
    }

    static Set<String> of(IndexReader reader) throws IOException {
        Set<String> ids = new HashSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues values = leaf.reader().getSortedDocValues(IndexFields.DOC);
            if (values == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            FixedBitSet used = new FixedBitSet(values.getValueCount());
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live == null || live.get(doc)) {
                    used.set(values.ordValue());
                }
            }
            TermsEnum terms = values.termsEnum(); // in dictionary order: one decompression per block
            for (BytesRef id = terms.next(); id != null; id = terms.next()) {
                if (used.get((int) terms.ord())) {
                    ids.add(id.utf8ToString());
                }
            }
        }
        return ids;
    }
}
