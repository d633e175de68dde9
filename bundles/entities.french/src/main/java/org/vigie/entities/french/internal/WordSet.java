package org.vigie.entities.french.internal;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;

/**
 * A read-only set of words in one open-addressed table: a lookup compares the cached hash, then
 * calls {@link String#equals} directly. The rules look every token up in a dozen of these, and
 * through a general {@code HashSet} each hit pays a virtual {@code equals} call.
 */
final class WordSet extends AbstractSet<String> {

    private final String[] words;
    private final String[] slots;
    private final int[] hashes;
    private final int mask;

    WordSet(Collection<String> given) {
        words = given.stream().distinct().toArray(String[]::new);
        int capacity = Integer.highestOneBit(Math.max(8, words.length * 4));
        slots = new String[capacity];
        hashes = new int[capacity];
        mask = capacity - 1;
        for (String w : words) {
            int h = w.hashCode();
            int i = spread(h) & mask;
            while (slots[i] != null) {
                i = i + 1 & mask;
            }
            slots[i] = w;
            hashes[i] = h;
        }
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String s)) {
            return false;
        }
        int h = s.hashCode();
        for (int i = spread(h) & mask; slots[i] != null; i = i + 1 & mask) {
            if (hashes[i] == h && slots[i].equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static int spread(int h) {
        return h ^ h >>> 16;
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.asList(words).iterator();
    }

    @Override
    public int size() {
        return words.length;
    }
}
