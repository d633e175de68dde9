package org.vigie.corpus.store.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.vigie.corpus.api.CorpusStats;

/** Counts and id lists walked from doc values, without loading any stored document. */
final class CorpusCounts {

    private CorpusCounts() {
    }

    static CorpusStats stats(IndexReader reader) throws IOException {
        return new CorpusStats(reader.numDocs(), sum(reader, CorpusFields.LENGTH),
                values(reader, CorpusFields.STAT_SOURCE), values(reader, CorpusFields.STAT_LANG),
                values(reader, CorpusFields.STAT_MONTH));
    }

    /**
     * Every live document's id, in import (sequence) order. Ids are read from each segment's value
     * dictionary in its own order (one decompression per block), not looked up in document order.
     */
    static List<String> idsInImportOrder(IndexReader reader) throws IOException {
        record Entry(long seq, String id) {
        }
        List<Entry> entries = new ArrayList<>(reader.numDocs());
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues ids = leaf.reader().getSortedDocValues(CorpusFields.ID);
            NumericDocValues seqs = leaf.reader().getNumericDocValues(CorpusFields.SEQ);
            if (ids == null || seqs == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            long[] seqOfOrd = new long[ids.getValueCount()];
            java.util.Arrays.fill(seqOfOrd, -1);
            for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                if ((live == null || live.get(doc)) && seqs.advanceExact(doc)) {
                    seqOfOrd[ids.ordValue()] = seqs.longValue();
                }
            }
            TermsEnum terms = ids.termsEnum();
            for (BytesRef id = terms.next(); id != null; id = terms.next()) {
                long seq = seqOfOrd[(int) terms.ord()];
                if (seq >= 0) {
                    entries.add(new Entry(seq, id.utf8ToString()));
                }
            }
        }
        entries.sort(Comparator.comparingLong(Entry::seq));
        return entries.stream().map(Entry::id).toList();
    }

    /** The highest sequence number given so far, or -1 in an empty store. */
    static long maxSeq(IndexReader reader) throws IOException {
        long max = -1;
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues seq = leaf.reader().getNumericDocValues(CorpusFields.SEQ);
            while (seq != null && seq.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                max = Math.max(max, seq.longValue());
            }
        }
        return max;
    }

    private static Map<String, Long> values(IndexReader reader, String field) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues values = leaf.reader().getSortedDocValues(field);
            if (values == null) {
                continue;
            }
            long[] perOrd = new long[values.getValueCount()];
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live == null || live.get(doc)) {
                    perOrd[values.ordValue()]++;
                }
            }
            for (int ord = 0; ord < perOrd.length; ord++) {
                if (perOrd[ord] > 0) {
                    counts.merge(values.lookupOrd(ord).utf8ToString(), perOrd[ord], Long::sum);
                }
            }
        }
        return counts;
    }

    private static long sum(IndexReader reader, String field) throws IOException {
        long total = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues values = leaf.reader().getNumericDocValues(field);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = values == null ? DocIdSetIterator.NO_MORE_DOCS : values.nextDoc();
                    doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                total += live == null || live.get(doc) ? values.longValue() : 0;
            }
        }
        return total;
    }
}
