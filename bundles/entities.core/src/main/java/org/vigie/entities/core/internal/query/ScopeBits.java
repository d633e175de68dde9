package org.vigie.entities.core.internal.query;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The index documents of a set of document ids, evaluated once into one bit set per segment of one
 * reader: a large scope (a briefing's 99 199 ids) then costs a walk of bits in each query, not a
 * seek of every id in every segment. Used only with the reader it was evaluated on.
 */
final class ScopeBits extends Query {

    private final IndexReader reader;
    /** By segment ordinal. */
    private final FixedBitSet[] bits;
    private final int[] counts;

    ScopeBits(IndexReader reader, FixedBitSet[] bits) {
        this.reader = reader;
        this.bits = bits;
        this.counts = new int[bits.length];
        for (int i = 0; i < bits.length; i++) {
            counts[i] = bits[i].cardinality();
        }
    }

    /** Whether this scope was evaluated on {@code other}. */
    boolean of(IndexReader other) {
        return reader == other;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext segment) throws IOException {
                if (ReaderUtil.getTopLevelContext(segment).reader() != reader) {
                    throw new IllegalStateException("a document scope used on another reader than the one it was evaluated on");
                }
                if (counts[segment.ord] == 0) {
                    return null;
                }
                return new ConstantScoreScorer(this, score(), scoreMode,
                        new BitSetIterator(bits[segment.ord], counts[segment.ord]));
            }

            @Override
            public boolean isCacheable(LeafReaderContext segment) {
                return false; // already bits
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        return "ScopeBits(" + total + " index documents)";
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(System.identityHashCode(this));
    }
}
