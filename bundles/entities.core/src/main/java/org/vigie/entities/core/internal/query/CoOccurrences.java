package org.vigie.entities.core.internal.query;

import static org.vigie.entities.core.internal.layout.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.Entity;
import org.vigie.entities.core.internal.layout.SentenceNumbers;

/**
 * Entities mentioned in the same sentence, counted from the {@code entity} documents' doc values
 * ({@code doc}, {@code group}, {@code aff} and the packed {@code sentences}); a pair counts each
 * shared sentence once.
 */
final class CoOccurrences {

    /** One entity's sentences in one document. */
    private record Presence(String key, int[] sentences) {
    }

    private final EntityQueries entities;
    private final Map<String, Entity> described = new HashMap<>();

    CoOccurrences(EntityQueries entities) {
        this.entities = entities;
    }

    /** Entity pairs by shared sentences across the given documents (empty: all). */
    List<CoOccurrence> pairs(Collection<String> documentIds, int limit) {
        Map<String, Integer> pairs = new HashMap<>();
        List<Presence> document = new ArrayList<>();
        long[] current = {-1};
        visit(IndexQueries.of(ENTITY, documentIds), (of, presence) -> {
            if (of.ordinal() != current[0]) {
                count(document, pairs); // a document's block never spans two segments: hits come grouped
                current[0] = of.ordinal();
            }
            document.add(presence);
        });
        count(document, pairs);
        return top(pairs, limit, documentIds);
    }

    /** Entities sharing sentences with one entity in the given documents (empty: all). */
    List<CoOccurrence> with(String entityKey, Collection<String> documentIds, int limit) {
        Map<String, int[]> sentencesOf = new HashMap<>();
        visit(entities.ofEntity(entityKey, documentIds), (of, presence) -> sentencesOf.merge(of.id(), presence.sentences(),
                SentenceNumbers::union)); // merged names: one entity, several entity documents in a document
        if (sentencesOf.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> pairs = new HashMap<>();
        visit(IndexQueries.of(ENTITY, sentencesOf.keySet()), (of, presence) -> {
            int shared = SentenceNumbers.shared(sentencesOf.get(of.id()), presence.sentences());
            if (shared > 0 && !presence.key().equals(entityKey)) {
                pairs.merge(entityKey + "\u0000" + presence.key(), shared, Integer::sum);
            }
        });
        return top(pairs, limit, documentIds);
    }

    private interface PresenceReader {
        /** One entity document: its corpus document (decoded on demand) and the entity's sentences there. */
        void read(DocumentOf document, Presence presence) throws IOException;
    }

    /** The corpus document of the current hit: an ordinal to tell documents apart, the id on demand. */
    private interface DocumentOf {
        long ordinal() throws IOException;

        String id() throws IOException;
    }

    private void visit(org.apache.lucene.search.Query query, PresenceReader reader) {
        IndexReading reading = entities.reading();
        reading.search().visit(query, segment -> {
            SortedDocValues docs = DocValues.getSorted(segment.reader(), DOC);
            SegmentKeys keys = new SegmentKeys(segment.reader(), reading.resolution());
            BinaryDocValues sentences = DocValues.getBinary(segment.reader(), SENTENCES);
            long base = (long) segment.ord << 32;
            DocumentOf document = new DocumentOf() {
                @Override
                public long ordinal() throws IOException {
                    return base | docs.ordValue();
                }

                @Override
                public String id() throws IOException {
                    return docs.lookupOrd(docs.ordValue()).utf8ToString();
                }
            };
            return doc -> {
                String key = keys.keyOf(doc);
                int[] numbers = sentences.advanceExact(doc) ? SentenceNumbers.unpack(sentences.binaryValue()) : new int[0];
                if (docs.advanceExact(doc)) {
                    reader.read(document, new Presence(key, numbers));
                }
            };
        });
    }

    private static void count(List<Presence> document, Map<String, Integer> pairs) {
        for (int i = 0; i < document.size(); i++) {
            for (int j = i + 1; j < document.size(); j++) {
                Presence a = document.get(i);
                Presence b = document.get(j);
                int shared = SentenceNumbers.shared(a.sentences(), b.sentences());
                if (shared > 0 && !a.key().equals(b.key())) {
                    String pair = a.key().compareTo(b.key()) < 0 ? a.key() + "\u0000" + b.key() : b.key() + "\u0000" + a.key();
                    pairs.merge(pair, shared, Integer::sum);
                }
            }
        }
        document.clear();
    }

    private List<CoOccurrence> top(Map<String, Integer> pairs, int limit, Collection<String> documentIds) {
        return pairs.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit <= 0 ? Long.MAX_VALUE : limit)
                .map(e -> {
                    String[] keys = e.getKey().split("\u0000", 2);
                    return new CoOccurrence(entity(keys[0], documentIds), entity(keys[1], documentIds), e.getValue());
                }).toList();
    }

    private Entity entity(String key, Collection<String> documentIds) {
        return described.computeIfAbsent(key, k -> entities.describe(entities.count(k, documentIds), documentIds));
    }
}
