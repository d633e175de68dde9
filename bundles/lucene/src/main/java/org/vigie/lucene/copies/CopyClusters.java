package org.vigie.lucene.copies;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups signed documents into clusters of copies of one dispatch, by leaders: documents are
 * taken original-first (earliest published, then first imported); each joins the most similar
 * earlier original it shares a {@link BandTable} bucket with, if their estimated similarity
 * reaches the threshold, or else is an original itself. Every copy is thus similar to its
 * original, not merely chained to it through other copies (a story updated day after day does
 * not become one cluster). The result depends only on the documents and their order, so clusters
 * rebuilt after a restart or a removal are the ones a fresh import of the same documents gives.
 */
final class CopyClusters {

    private CopyClusters() {
    }

    /** The clusters of two or more documents among the live ones, each original first, by original. */
    static List<int[]> of(List<CopySignature> signatures, BitSet live, BandTable bands, double threshold,
            Comparator<Integer> originalFirst) {
        List<Integer> order = new ArrayList<>(live.cardinality());
        live.stream().forEach(order::add);
        order.sort(originalFirst);
        int[] leader = new int[signatures.size()];
        java.util.Arrays.fill(leader, -1);
        int[] seenBy = new int[signatures.size()]; // a candidate met in several bands is compared once
        java.util.Arrays.fill(seenBy, -1);
        Map<Integer, List<Integer>> clusters = new LinkedHashMap<>();
        for (int doc : order) {
            CopySignature signature = signatures.get(doc);
            int[] best = {doc};
            double[] bestSimilarity = {threshold};
            bands.candidates(doc, other -> {
                if (seenBy[other] == doc || leader[other] != other) {
                    return; // met already, or not an original taken before this document
                }
                seenBy[other] = doc;
                double similarity = signature.similarity(signatures.get(other));
                if (similarity > bestSimilarity[0] || similarity == bestSimilarity[0] && best[0] == doc) {
                    best[0] = other;
                    bestSimilarity[0] = similarity;
                }
            });
            leader[doc] = best[0];
            clusters.computeIfAbsent(best[0], k -> new ArrayList<>()).add(doc);
        }
        List<int[]> found = new ArrayList<>();
        for (List<Integer> members : clusters.values()) {
            if (members.size() > 1) {
                found.add(members.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return found;
    }
}
