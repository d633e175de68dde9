package org.vigie.report.pdf.internal.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;
import org.vigie.report.api.Selection;

/**
 * The extractive method of the bottom line: a sentence is worth the salience of the salient
 * entities it links (salience: log of mentions plus log of documents, places counting half),
 * plus 1.5 for each other document with a sentence that links two of the same entities. Only
 * sentences of 50 to 420 characters that link at least two salient entities qualify; at most two
 * per source (copies of one dispatch are one source), none with the same entities as one already chosen.
 */
final class SentenceRanking {

    /** A sentence of a source, as written, with why it was chosen: the other documents linking its entities too. */
    record Pick(String documentId, int begin, String text, Set<String> entities, Set<String> corroborating,
            double score) {

        /** How many other documents link two of its entities in one sentence. */
        int corroboration() {
            return corroborating.size();
        }
    }

    static final int SALIENT = 15;
    private static final int MENTIONS_PER_ENTITY = 400;

    private SentenceRanking() {
    }

    /** @param source the independent source a document counts as (copies of one dispatch are one) */
    static List<Pick> best(EntityIndex index, Selection selection, UnaryOperator<String> source, int count) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (Entity e : index.entities(EntityType.CORE, selection.indexScope(), SALIENT)) {
            double w = Math.log1p(e.mentions()) + Math.log1p(e.documents());
            weights.put(e.key(), e.type().equals(EntityType.LOCATION) ? w / 2 : w);
        }
        Map<String, Pick> sentences = sentences(index, selection, weights.keySet());
        Map<String, Set<String>> pairDocuments = new HashMap<>();
        for (Pick p : sentences.values()) {
            for (String pair : pairs(p.entities())) {
                pairDocuments.computeIfAbsent(pair, k -> new HashSet<>()).add(source.apply(p.documentId()));
            }
        }
        List<Pick> scored = new ArrayList<>();
        for (Pick p : sentences.values()) {
            if (p.entities().size() < 2 || p.text().length() < 50 || p.text().length() > 420 || p.text().contains("|")) {
                continue;
            }
            Set<String> others = new HashSet<>();
            pairs(p.entities()).forEach(pair -> others.addAll(pairDocuments.get(pair)));
            others.remove(source.apply(p.documentId()));
            double score = p.entities().stream().mapToDouble(weights::get).sum() + 1.5 * others.size();
            scored.add(new Pick(p.documentId(), p.begin(), p.text(), p.entities(), Set.copyOf(others), score));
        }
        scored.sort(Comparator.comparingDouble(Pick::score).reversed().thenComparing(Pick::documentId)
                .thenComparingInt(Pick::begin));
        return choose(scored, source, count);
    }

    private static Map<String, Pick> sentences(EntityIndex index, Selection selection, Set<String> keys) {
        Map<String, Pick> sentences = new LinkedHashMap<>();
        for (String key : keys) {
            for (Mention m : index.mentions(key, selection.indexScope(), MENTIONS_PER_ENTITY)) {
                if (m.sentence() == null || m.sentenceText() == null) {
                    continue;
                }
                String id = m.documentId() + ":" + m.sentence().begin();
                Pick p = sentences.computeIfAbsent(id, k -> new Pick(m.documentId(), m.sentence().begin(),
                        m.sentenceText().strip().replaceAll("\\s+", " "), new TreeSet<>(), Set.of(), 0));
                p.entities().add(key);
            }
        }
        return sentences;
    }

    private static List<String> pairs(Set<String> entities) {
        List<String> keys = List.copyOf(entities);
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                pairs.add(keys.get(i) + "\u0000" + keys.get(j));
            }
        }
        return pairs;
    }

    private static List<Pick> choose(List<Pick> scored, UnaryOperator<String> source, int count) {
        List<Pick> chosen = new ArrayList<>();
        Map<String, Integer> perDocument = new HashMap<>();
        for (Pick p : scored) {
            if (chosen.size() == count) {
                break;
            }
            boolean repeat = chosen.stream().anyMatch(c -> c.entities().equals(p.entities()));
            if (repeat || perDocument.getOrDefault(source.apply(p.documentId()), 0) >= 2) {
                continue;
            }
            chosen.add(p);
            perDocument.merge(source.apply(p.documentId()), 1, Integer::sum);
        }
        return chosen;
    }
}
