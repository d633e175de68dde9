package org.vigie.entities.core.internal.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;
import org.vigie.entities.core.internal.layout.IndexFields;

/**
 * The last large set of document ids the index was asked about, evaluated into {@link ScopeBits}
 * and kept across questions while the reader and the set stay the same: a briefing asks the same
 * 99 199 ids in every entity's questions. Small sets stay term filters.
 */
final class Scopes {

    /** From this many ids on, a scope is evaluated into bits (below, the term filter is cheap). */
    static final int LARGE = 1024;

    private record Held(Set<String> ids, ScopeBits bits) {
    }

    private final AtomicReference<Held> held = new AtomicReference<>();

    /** The filter of the documents with one of these ids, for {@code searcher}'s reader. */
    Query of(IndexSearcher searcher, Collection<String> ids) {
        if (ids.size() < LARGE) {
            return IndexQueries.anyOf(IndexFields.DOC, ids);
        }
        Set<String> asked = ids instanceof Set<String> set ? set : new HashSet<>(ids);
        IndexReader reader = searcher.getIndexReader();
        Held known = held.get();
        if (known != null && known.bits().of(reader) && known.ids().equals(asked)) {
            return known.bits();
        }
        ScopeBits bits = evaluate(searcher, ids);
        held.set(new Held(Set.copyOf(asked), bits));
        return bits;
    }

    private static ScopeBits evaluate(IndexSearcher searcher, Collection<String> ids) {
        FixedBitSet[] bits = new FixedBitSet[searcher.getIndexReader().leaves().size()];
        for (LeafReaderContext segment : searcher.getIndexReader().leaves()) {
            bits[segment.ord] = new FixedBitSet(Math.max(1, segment.reader().maxDoc()));
        }
        new Searching(searcher).visit(IndexQueries.anyOf(IndexFields.DOC, ids), segment -> bits[segment.ord]::set);
        return new ScopeBits(searcher.getIndexReader(), bits);
    }
}
