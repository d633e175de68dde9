package org.vigie.entities.core.internal.query;

import java.util.Arrays;

/**
 * Counts per pair of entity numbers, in primitive arrays (open addressing): twelve bytes a slot
 * rather than a map entry, a string pair key and a boxed count. Bounded: past {@code cap} pairs it
 * drops those counted least (once first), which rank below every pair kept (see {@link #pruned()}).
 */
final class PairCounts {

    private static final long EMPTY = -1L;

    private final int cap;
    private long[] keys;
    private int[] counts;
    private int size;
    private boolean pruned;

    /** {@code cap}: distinct pairs kept at most before those counted once are dropped. */
    PairCounts(int cap) {
        this.cap = cap;
        allocate(64);
    }

    /** The key of a pair of numbers, in the order given. */
    static long pair(int first, int second) {
        return (long) first << 32 | second;
    }

    static int first(long pair) {
        return (int) (pair >>> 32);
    }

    static int second(long pair) {
        return (int) pair;
    }

    void add(long pair, int count) {
        int slot = slot(pair);
        if (keys[slot] != EMPTY) {
            counts[slot] += count;
            return;
        }
        keys[slot] = pair;
        counts[slot] = count;
        size++;
        if (size * 2 > keys.length) {
            grow();
        }
        if (size > cap) {
            prune();
        }
    }

    /** The count of a pair, 0 when absent. */
    int get(long pair) {
        int slot = slot(pair);
        return keys[slot] == EMPTY ? 0 : counts[slot];
    }

    /** Whether pairs counted least were dropped: the ranking of the strongest pairs stays, their counts may be low. */
    boolean pruned() {
        return pruned;
    }

    /** Calls {@code each} with every pair kept and its count; stops when it returns false. */
    void forEach(PairVisitor each) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY && !each.visit(keys[i], counts[i])) {
                return;
            }
        }
    }

    /** Receives one pair and its count. */
    interface PairVisitor {
        boolean visit(long pair, int count);
    }

    private int slot(long pair) {
        int mask = keys.length - 1;
        int i = (int) (pair * 0x9E3779B97F4A7C15L >>> 40) & mask;
        while (keys[i] != EMPTY && keys[i] != pair) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        rehash(keys.length * 2, 0);
    }

    /** Drops the pairs counted least until a quarter of the room is free again. */
    private void prune() {
        pruned = true;
        while (size > cap * 3 / 4) {
            int least = Integer.MAX_VALUE;
            for (int i = 0; i < keys.length; i++) {
                least = keys[i] != EMPTY ? Math.min(least, counts[i]) : least;
            }
            rehash(keys.length, least);
        }
    }

    /** Moves the pairs counted more than {@code floor} into new arrays of {@code length} slots. */
    private void rehash(int length, int floor) {
        long[] old = keys;
        int[] oldCounts = counts;
        allocate(length);
        for (int i = 0; i < old.length; i++) {
            if (old[i] != EMPTY && oldCounts[i] > floor) {
                int slot = slot(old[i]);
                keys[slot] = old[i];
                counts[slot] = oldCounts[i];
                size++;
            }
        }
    }

    private void allocate(int length) {
        keys = new long[length];
        Arrays.fill(keys, EMPTY);
        counts = new int[length];
        size = 0;
    }
}
