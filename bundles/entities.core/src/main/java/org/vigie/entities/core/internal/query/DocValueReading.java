package org.vigie.entities.core.internal.query;

import java.io.IOException;
import java.util.function.Consumer;

import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/** A hit's value in a doc-values field, or the field's "absent" value; docs in increasing order. */
final class DocValueReading {

    private DocValueReading() {
    }

    static String text(SortedDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
    }

    /** The values of the ordinals set in {@code ordinals}, in ordinal order, decoded in sequence where they follow. */
    static void texts(SortedDocValues values, FixedBitSet ordinals, Consumer<String> each) throws IOException {
        TermsEnum terms = values.termsEnum();
        int last = -1;
        for (int ord = ordinals.nextSetBit(0); ord != DocIdSetIterator.NO_MORE_DOCS;
                ord = ord + 1 < ordinals.length() ? ordinals.nextSetBit(ord + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            if (ord == last + 1) {
                terms.next();
            } else {
                terms.seekExact(ord);
            }
            each.accept(terms.term().utf8ToString());
            last = ord;
        }
    }

    static long number(NumericDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? values.longValue() : 0;
    }
}
