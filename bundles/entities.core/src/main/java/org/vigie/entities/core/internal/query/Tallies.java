package org.vigie.entities.core.internal.query;

import static org.vigie.entities.core.internal.layout.IndexFields.*;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Query;

/**
 * Counts per entity, from doc values only: mentions and documents, spellings of the name; and their
 * ranking. A corpus document's entity documents are one block, visited together, so an entity the
 * analyst merged counts each document once.
 */
final class Tallies {

    /** Mentions and documents counted for one entity. */
    static final class Tally {
        final String key;
        long mentions;
        int documents;
        /** The corpus document counted last: a merged entity has several entity documents in one. */
        private long lastDocument = -1;

        Tally(String key) {
            this.key = key;
        }

        /** Adds an entity document of corpus document {@code document}, counted once however many it has. */
        void add(long count, long document) {
            mentions += count;
            if (document != lastDocument) {
                documents++;
                lastDocument = document;
            }
        }
    }

    private final IndexReading reading;

    Tallies(IndexReading reading) {
        this.reading = reading;
    }

    /** Counts mentions and documents per entity over the {@code entity} documents a query matches. */
    Map<String, Tally> tally(Query query) {
        Map<String, Tally> tallies = new HashMap<>();
        long[] unique = {-1};
        reading.search().visit(query, segment -> {
            SegmentKeys keys = reading.keys(segment.reader());
            NumericDocValues mentions = DocValues.getNumeric(segment.reader(), MENTIONS);
            // only merged entities (by resolution or by the analyst) have several entity documents in one
            boolean merges = reading.resolution().merges();
            SortedDocValues documents = reading.curation().isEmpty() && !merges ? null
                    : DocValues.getSorted(segment.reader(), DOC); // a document's block is contiguous
            long base = (long) segment.ord << 32;
            return doc -> {
                String key = keys.keyOf(doc);
                if (key != null) {
                    long document = documents != null && (merges || reading.curation().gathers(key))
                            && documents.advanceExact(doc) ? base | documents.ordValue() : --unique[0];
                    tallies.computeIfAbsent(key, Tally::new).add(DocValueReading.number(mentions, doc), document);
                }
            };
        });
        return tallies;
    }

    /** How many entity documents spell each entity's name each way, over the entity documents a query matches. */
    Map<String, Map<String, Integer>> spellings(Query query) {
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        reading.search().visit(query, segment -> {
            SegmentKeys keys = reading.keys(segment.reader());
            SortedDocValues names = DocValues.getSorted(segment.reader(), NAME);
            String[] nameOfOrd = new String[names.getValueCount()];
            return doc -> {
                String key = keys.keyOf(doc);
                if (key != null && names.advanceExact(doc)) {
                    int ord = names.ordValue();
                    if (nameOfOrd[ord] == null) {
                        nameOfOrd[ord] = names.lookupOrd(ord).utf8ToString();
                    }
                    spellings.computeIfAbsent(key, k -> new HashMap<>(4)).merge(nameOfOrd[ord], 1, Integer::sum);
                }
            };
        });
        return spellings;
    }

    /** Most mentioned first, then most documents, then by key. */
    static List<Tally> ranked(Collection<Tally> tallies, int limit) {
        return tallies.stream().sorted((a, b) -> a.mentions != b.mentions ? Long.compare(b.mentions, a.mentions)
                : a.documents != b.documents ? Integer.compare(b.documents, a.documents) : a.key.compareTo(b.key))
                .limit(limit <= 0 ? Long.MAX_VALUE : limit).toList();
    }
}
