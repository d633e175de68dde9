package org.vigie.entities.core.internal.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.vigie.entities.core.internal.layout.SentenceNumbers;

/**
 * The co-occurrence counts of a set of documents, fed one document at a time: per pair of
 * entities, the sentences they share, each counted once (a merged entity is present once in a
 * document, with all its sentences). Entity keys are numbered, pairs counted in {@link PairCounts};
 * the whole corpus's table is kept per index version and decisions, so the Entité and Graphe views
 * and a briefing read it once.
 * <p>
 * One entity's partners ({@link #partners}) keep the way they were always counted: each entity
 * document of the partner against the entity's sentences, so a partner with two entity documents
 * in one document (a name merged with another) counts a shared sentence once per document. The
 * rare differences with the pair count are kept per direction.
 */
final class PairTable {

    /** Distinct pairs kept at most (at most 12 bytes × 4 × this in memory). */
    static final int CAP = 1 << 19;

    /** A partner of one entity and the sentences they share. */
    record Partner(String key, int shared) {
    }

    /** One pair, keys in key order. */
    record Pair(String first, String second, int shared) {
    }

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    private final PairCounts pairs;
    /** Per (entity, partner) number pair: what {@link #partners} counts beyond the pair's count. */
    private final Map<Long, Integer> perPartnerDocument = new HashMap<>();
    /** The current document's presences: entity number and sentences, several for a merged entity. */
    private final List<int[]> sentences = new ArrayList<>();
    private final List<Integer> present = new ArrayList<>();

    PairTable(int cap) {
        this.pairs = new PairCounts(cap);
    }

    /** One entity document of the current document: its curated key and its sorted sentence numbers. */
    void add(String key, int[] sentenceNumbers) {
        present.add(ids.computeIfAbsent(key, k -> {
            keys.add(k);
            return keys.size() - 1;
        }));
        sentences.add(sentenceNumbers);
    }

    /** Counts the current document's pairs and starts the next document. */
    void endDocument() {
        Map<Integer, int[]> union = new HashMap<>();
        Map<Integer, Integer> parts = new HashMap<>();
        for (int i = 0; i < present.size(); i++) {
            union.merge(present.get(i), sentences.get(i), SentenceNumbers::union);
            parts.merge(present.get(i), 1, Integer::sum);
        }
        List<Integer> entities = new ArrayList<>(union.keySet());
        for (int i = 0; i < entities.size(); i++) {
            for (int j = i + 1; j < entities.size(); j++) {
                int a = entities.get(i);
                int b = entities.get(j);
                int shared = SentenceNumbers.shared(union.get(a), union.get(b));
                if (shared > 0) {
                    pairs.add(PairCounts.pair(Math.min(a, b), Math.max(a, b)), shared);
                }
                if (parts.get(b) > 1) {
                    perPartnerDocument(a, b, union.get(a), shared);
                }
                if (parts.get(a) > 1) {
                    perPartnerDocument(b, a, union.get(b), shared);
                }
            }
        }
        present.clear();
        sentences.clear();
    }

    private void perPartnerDocument(int entity, int partner, int[] entitySentences, int shared) {
        int counted = 0;
        for (int i = 0; i < present.size(); i++) {
            if (present.get(i) == partner) {
                counted += SentenceNumbers.shared(entitySentences, sentences.get(i));
            }
        }
        if (counted != shared) {
            perPartnerDocument.merge(PairCounts.pair(entity, partner), counted - shared, Integer::sum);
        }
    }

    /** Whether pairs counted least were dropped to stay bounded (then {@link #partners} is not exact). */
    boolean pruned() {
        return pairs.pruned();
    }

    /** The pairs sharing the most sentences first, then in key order; {@code limit} at most (0: all). */
    List<Pair> top(int limit) {
        Comparator<Pair> order = Comparator.comparingInt(Pair::shared).reversed()
                .thenComparing(Pair::first).thenComparing(Pair::second);
        PriorityQueue<Pair> best = new PriorityQueue<>(order.reversed());
        pairs.forEach((pair, shared) -> {
            String a = keys.get(PairCounts.first(pair));
            String b = keys.get(PairCounts.second(pair));
            best.add(a.compareTo(b) < 0 ? new Pair(a, b, shared) : new Pair(b, a, shared));
            if (limit > 0 && best.size() > limit) {
                best.poll();
            }
            return true;
        });
        List<Pair> ranked = new ArrayList<>(best);
        ranked.sort(order);
        return ranked;
    }

    /** The entities sharing sentences with one, the most first, then in key order; {@code limit} at most (0: all). */
    List<Partner> partners(String key, int limit) {
        Integer id = ids.get(key);
        List<Partner> partners = new ArrayList<>();
        if (id == null) {
            return partners;
        }
        pairs.forEach((pair, shared) -> {
            int a = PairCounts.first(pair);
            int b = PairCounts.second(pair);
            if (a == id || b == id) {
                int other = a == id ? b : a;
                int counted = shared + perPartnerDocument.getOrDefault(PairCounts.pair(id, other), 0);
                partners.add(new Partner(keys.get(other), counted));
            }
            return true;
        });
        partners.sort(Comparator.comparingInt(Partner::shared).reversed().thenComparing(Partner::key));
        return limit > 0 && partners.size() > limit ? partners.subList(0, limit) : partners;
    }
}
