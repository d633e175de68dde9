package org.vigie.entities.core.internal.query;

import java.io.IOException;

import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;

/** A hit's value in a doc-values field, or the field's "absent" value; docs in increasing order. */
final class DocValueReading {

    private DocValueReading() {
    }

    static String text(SortedDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
    }

    static long number(NumericDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? values.longValue() : 0;
    }
}
