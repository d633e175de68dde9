package org.vigie.entities.core.internal.query;

import static org.vigie.entities.core.internal.layout.IndexFields.*;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Query;
import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.Entity;
import org.vigie.entities.core.internal.layout.SentenceNumbers;

/**
 * Entities mentioned in the same sentence, counted from the {@code entity} documents' doc values
 * ({@code doc}, {@code group}, {@code aff} and the packed {@code sentences}) into a {@link
 * PairTable}; a pair counts each shared sentence once. The whole corpus's table is read once per
 * index version and decisions.
 */
final class CoOccurrences {

    /** Reads one entity document: the ordinal of its corpus document, its curated key, its sentences. */
    private interface PresenceReader {
        void read(long document, String key, int[] sentences) throws IOException;
    }

    private final EntityQueries entities;
    /** The whole corpus's table, of this question's index version and decisions. */
    private final Supplier<PairTable> wholeCorpus;

    CoOccurrences(EntityQueries entities, Supplier<PairTable> wholeCorpus) {
        this.entities = entities;
        this.wholeCorpus = wholeCorpus;
    }

    /** Counts the pairs of the entity documents a query matches. */
    static PairTable table(IndexReading reading, Query query) {
        PairTable table = new PairTable(PairTable.CAP);
        long[] current = {-1};
        visit(reading, query, (document, key, sentences) -> {
            if (document != current[0]) {
                table.endDocument(); // a document's block never spans two segments: hits come grouped
                current[0] = document;
            }
            table.add(key, sentences);
        });
        table.endDocument();
        return table;
    }

    /** Entity pairs by shared sentences across the given documents (empty: all). */
    List<CoOccurrence> pairs(Collection<String> documentIds, int limit) {
        PairTable table = documentIds.isEmpty() ? wholeCorpus.get() : table(entities.reading(), IndexQueries.of(entities.reading(), ENTITY, documentIds));
        Set<String> scope = Set.copyOf(documentIds);
        return table.top(limit).stream().map(p -> new CoOccurrence(entities.described(p.first(), documentIds, scope),
                entities.described(p.second(), documentIds, scope), p.shared())).toList();
    }

    /** Entities sharing sentences with one entity in the given documents (empty: all). */
    List<CoOccurrence> with(String entityKey, Collection<String> documentIds, int limit) {
        PairTable table = documentIds.isEmpty() ? wholeCorpus.get() : null;
        if (table == null || table.pruned()) { // the documents of the entity only
            Set<String> documents = new HashSet<>();
            SortedDocValues[] ids = new SortedDocValues[1];
            visit(entities.reading(), entities.ofEntity(entityKey, documentIds), (document, key, sentences) -> {
                if (entityKey.equals(key)) {
                    documents.add(ids[0].lookupOrd((int) document).utf8ToString());
                }
            }, ids);
            if (documents.isEmpty()) {
                return List.of();
            }
            table = table(entities.reading(), IndexQueries.of(ENTITY, documents));
        }
        List<PairTable.Partner> partners = table.partners(entityKey, limit);
        if (partners.isEmpty()) {
            return List.of();
        }
        Set<String> scope = Set.copyOf(documentIds);
        Entity entity = entities.described(entityKey, documentIds, scope);
        return partners.stream().map(p -> new CoOccurrence(entity, entities.described(p.key(), documentIds, scope), p.shared()))
                .toList();
    }

    private static void visit(IndexReading reading, Query query, PresenceReader reader) {
        visit(reading, query, reader, new SortedDocValues[1]);
    }

    /** Visits the entity documents of a query; {@code ids} holds the current segment's {@code doc} values. */
    private static void visit(IndexReading reading, Query query, PresenceReader reader, SortedDocValues[] ids) {
        reading.search().visit(query, segment -> {
            SortedDocValues docs = DocValues.getSorted(segment.reader(), DOC);
            ids[0] = docs;
            SegmentKeys keys = reading.keys(segment.reader());
            BinaryDocValues sentences = DocValues.getBinary(segment.reader(), SENTENCES);
            long base = (long) segment.ord << 32;
            return doc -> {
                String key = keys.keyOf(doc);
                int[] numbers = sentences.advanceExact(doc) ? SentenceNumbers.unpack(sentences.binaryValue()) : new int[0];
                if (key != null && docs.advanceExact(doc)) {
                    reader.read(base | docs.ordValue(), key, numbers);
                }
            };
        });
    }
}
