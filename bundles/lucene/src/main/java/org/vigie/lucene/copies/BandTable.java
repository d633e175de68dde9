package org.vigie.lucene.copies;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * LSH banding over {@link CopySignature}s: the {@value #BANDS} bands of {@value #ROWS} bins each
 * are hashed, and documents that agree on a whole band share a bucket. Two documents of Jaccard
 * similarity {@code s} share at least one bucket with probability {@code 1 - (1 - s^3)^21}: 0.44
 * at 0.3, 0.94 at 0.5, 0.999 at 0.7, 0.02 at 0.1. Kept in flat int arrays (one entry per document and band, chained per bucket), about 10
 * bytes per entry, so 100 000 documents take some 21 MB.
 */
final class BandTable {
    static final int BANDS = 21, ROWS = 3;
    /**
     * Walking a bucket stops here: a bucket this full holds boilerplate or a template, not one
     * story, and the copies of a story share several buckets.
     */
    static final int MAX_BUCKET_WALK = 32;
    private static final int NONE = -1;

    private int[] heads = empty(1024);
    private int[] hashes = new int[1024 * BANDS];
    private int[] next = new int[1024 * BANDS];
    private int size;

    /** Files document {@code ordinal} (the next one: ordinals are given in order from 0). */
    void add(int ordinal, CopySignature signature) {
        if (ordinal != size) {
            throw new IllegalArgumentException("ordinal " + ordinal + " out of order, expected " + size);
        }
        if ((size + 1) * BANDS > hashes.length) {
            hashes = Arrays.copyOf(hashes, hashes.length * 2);
            next = Arrays.copyOf(next, next.length * 2);
        }
        size++;
        if (size * BANDS > heads.length) {
            rehash(heads.length * 4);
        }
        for (int band = 0; band < BANDS; band++) {
            int entry = ordinal * BANDS + band;
            hashes[entry] = signature.band(band, ROWS) ^ band * 0x61C88647;
            link(entry);
        }
    }

    /**
     * Gives the other documents that share a bucket with {@code ordinal}, at most
     * {@value #MAX_BUCKET_WALK} a bucket, the latest added first (a document may come more than once).
     */
    void candidates(int ordinal, IntConsumer each) {
        for (int band = 0; band < BANDS; band++) {
            int entry = ordinal * BANDS + band;
            int walked = 0;
            for (int e = heads[hashes[entry] & (heads.length - 1)]; e != NONE && walked < MAX_BUCKET_WALK; e = next[e]) {
                if (e != entry && hashes[e] == hashes[entry]) {
                    each.accept(e / BANDS);
                    walked++;
                }
            }
        }
    }

    int size() {
        return size;
    }

    private void link(int entry) {
        int slot = hashes[entry] & (heads.length - 1);
        next[entry] = heads[slot];
        heads[slot] = entry;
    }

    private static int[] empty(int capacity) {
        int[] table = new int[capacity];
        Arrays.fill(table, NONE);
        return table;
    }

    private void rehash(int capacity) {
        heads = empty(capacity);
        for (int entry = 0; entry < (size - 1) * BANDS; entry++) {
            link(entry);
        }
    }
}
