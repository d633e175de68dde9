package org.vigie.entities.core.internal;

import static org.vigie.entities.core.internal.IndexFields.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.Entity;

/**
 * Entities mentioned in the same sentence, counted over the {@code mention} documents' doc values
 * ({@code doc}, {@code sentence}, {@code group}, {@code aff}); a pair counts each sentence once.
 */
final class CoOccurrences {

    private final EntityQueries entities;
    private final Map<String, Entity> described = new HashMap<>();

    CoOccurrences(EntityQueries entities) {
        this.entities = entities;
    }

    /** Entity pairs by shared sentences across the given documents (empty: all). */
    List<CoOccurrence> pairs(Collection<String> documentIds, int limit) {
        Map<String, Integer> pairs = new HashMap<>();
        Map<Long, Set<String>> sentence = new HashMap<>();
        String[] current = {null};
        entities.visit(IndexReading.kinded(new BooleanQuery.Builder(), MENTION, documentIds), segment -> {
            SortedDocValues docs = DocValues.getSorted(segment.reader(), DOC);
            NumericDocValues sentences = DocValues.getNumeric(segment.reader(), SENTENCE);
            SortedDocValues groups = DocValues.getSorted(segment.reader(), GROUP);
            SortedDocValues affiliations = DocValues.getSorted(segment.reader(), AFF);
            countPairs(sentence, pairs); // a document's block never spans two segments
            return doc -> {
                String document = IndexReading.text(docs, doc);
                if (!document.equals(current[0])) {
                    countPairs(sentence, pairs);
                    current[0] = document;
                }
                sentence.computeIfAbsent(IndexReading.number(sentences, doc), n -> new HashSet<>()).add(
                        entities.resolution.entityKey(IndexReading.text(groups, doc), IndexReading.text(affiliations, doc)));
            };
        });
        countPairs(sentence, pairs);
        return top(pairs, limit, documentIds);
    }

    /** Entities sharing sentences with one entity in the given documents (empty: all). */
    List<CoOccurrence> with(String entityKey, Collection<String> documentIds, int limit) {
        Map<String, Set<Long>> sentencesOf = new HashMap<>();
        entities.visit(entities.ofEntity(entityKey, MENTION, documentIds), segment -> {
            SortedDocValues docs = DocValues.getSorted(segment.reader(), DOC);
            NumericDocValues sentences = DocValues.getNumeric(segment.reader(), SENTENCE);
            return doc -> sentencesOf.computeIfAbsent(IndexReading.text(docs, doc), d -> new HashSet<>())
                    .add(IndexReading.number(sentences, doc));
        });
        if (sentencesOf.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> shared = new HashMap<>();
        entities.visit(IndexReading.kinded(new BooleanQuery.Builder(), MENTION, sentencesOf.keySet()), segment -> {
            SortedDocValues docs = DocValues.getSorted(segment.reader(), DOC);
            NumericDocValues sentences = DocValues.getNumeric(segment.reader(), SENTENCE);
            SortedDocValues groups = DocValues.getSorted(segment.reader(), GROUP);
            SortedDocValues affiliations = DocValues.getSorted(segment.reader(), AFF);
            return doc -> {
                String document = IndexReading.text(docs, doc);
                long n = IndexReading.number(sentences, doc);
                if (sentencesOf.get(document).contains(n)) {
                    String other = entities.resolution.entityKey(IndexReading.text(groups, doc),
                            IndexReading.text(affiliations, doc));
                    if (!other.equals(entityKey)) {
                        shared.computeIfAbsent(other, k -> new HashSet<>()).add(document + "#" + n);
                    }
                }
            };
        });
        Map<String, Integer> pairs = new HashMap<>();
        shared.forEach((other, sentences) -> pairs.put(entityKey + "\u0000" + other, sentences.size()));
        return top(pairs, limit, documentIds);
    }

    private static void countPairs(Map<Long, Set<String>> sentence, Map<String, Integer> pairs) {
        for (Set<String> keys : sentence.values()) {
            List<String> sorted = new ArrayList<>(keys);
            sorted.sort(null);
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    pairs.merge(sorted.get(i) + "\u0000" + sorted.get(j), 1, Integer::sum);
                }
            }
        }
        sentence.clear();
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
