package org.vigie.corpus.store.internal.copies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Groups signed documents into clusters of copies: the connected components of the pairs whose
 * signatures agree on at least the threshold share of bins, pairs found through the
 * {@link BandTable}. Components do not depend on the order documents came in, so clusters rebuilt
 * after a restart or a removal are the ones a fresh import of the same documents would give.
 */
final class CopyClusters {

    private CopyClusters() {
    }

    /** The clusters of two or more documents among the live ones, each sorted original first. */
    static List<int[]> of(List<CopySignature> signatures, BitSet live, BandTable bands, double threshold,
            Comparator<Integer> originalFirst) {
        int[] parent = new int[signatures.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        int[] seenBy = new int[signatures.size()]; // a candidate met in several bands is compared once
        Arrays.fill(seenBy, -1);
        for (int doc = live.nextSetBit(0); doc >= 0; doc = live.nextSetBit(doc + 1)) {
            int self = doc;
            CopySignature signature = signatures.get(doc);
            bands.candidates(doc, other -> {
                if (seenBy[other] == self || !live.get(other) || find(parent, other) == find(parent, self)) {
                    return;
                }
                seenBy[other] = self;
                if (signature.similarity(signatures.get(other)) >= threshold) {
                    parent[find(parent, other)] = find(parent, self);
                }
            });
        }
        return components(parent, live, originalFirst);
    }

    private static List<int[]> components(int[] parent, BitSet live, Comparator<Integer> originalFirst) {
        int[] count = new int[parent.length];
        for (int doc = live.nextSetBit(0); doc >= 0; doc = live.nextSetBit(doc + 1)) {
            count[find(parent, doc)]++;
        }
        List<List<Integer>> groups = new ArrayList<>();
        int[] group = new int[parent.length];
        for (int doc = live.nextSetBit(0); doc >= 0; doc = live.nextSetBit(doc + 1)) {
            int root = find(parent, doc);
            if (count[root] > 1) {
                if (group[root] == 0) {
                    groups.add(new ArrayList<>());
                    group[root] = groups.size();
                }
                groups.get(group[root] - 1).add(doc);
            }
        }
        List<int[]> clusters = new ArrayList<>(groups.size());
        for (List<Integer> members : groups) {
            members.sort(originalFirst);
            clusters.add(members.stream().mapToInt(Integer::intValue).toArray());
        }
        clusters.sort(Comparator.comparing(c -> c[0], originalFirst));
        return clusters;
    }

    private static int find(int[] parent, int doc) {
        while (parent[doc] != doc) {
            parent[doc] = parent[parent[doc]];
            doc = parent[doc];
        }
        return doc;
    }
}
