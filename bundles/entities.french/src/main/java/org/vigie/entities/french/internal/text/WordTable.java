package org.vigie.entities.french.internal.text;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Folded words and a bit mask for each, in one read-only open-addressed table: a lookup compares
 * the cached hash, then calls {@link String#equals} directly. Every token is looked up at least
 * once, and through a general {@code HashMap} or {@code Set.of} each probe pays a division or a
 * virtual {@code equals} call, most probes being misses. The {@link Vocabulary} keeps each word's
 * classes here; a plain word list ({@link #of(String...)}) is a table whose words have no bits.
 */
public final class WordTable {

    private final String[] slots;
    private final int[] hashes;
    private final long[] bits;
    private final int mask;

    private WordTable(Map<String, Long> bitsByWord) {
        int capacity = Integer.highestOneBit(Math.max(8, bitsByWord.size() * 4));
        slots = new String[capacity];
        hashes = new int[capacity];
        bits = new long[capacity];
        mask = capacity - 1;
        bitsByWord.forEach(this::place);
    }

    /** A table of these words and their bits. */
    public static WordTable of(Map<String, Long> bitsByWord) {
        return new WordTable(bitsByWord);
    }

    /** A word list: {@link #contains} is all it answers. */
    public static WordTable of(String... words) {
        Map<String, Long> none = new LinkedHashMap<>();
        for (String w : words) {
            none.put(w, 0L);
        }
        return new WordTable(none);
    }

    private void place(String word, long wordBits) {
        int h = word.hashCode();
        int i = spread(h) & mask;
        while (slots[i] != null) {
            i = i + 1 & mask;
        }
        slots[i] = word;
        hashes[i] = h;
        bits[i] = wordBits;
    }

    /** Whether the word is in the table. */
    public boolean contains(String word) {
        return slotOf(word) >= 0;
    }

    /** The bits of the word; 0 when it is not in the table. */
    long bitsOf(String word) {
        int i = slotOf(word);
        return i < 0 ? 0 : bits[i];
    }

    private int slotOf(String word) {
        int h = word.hashCode();
        for (int i = spread(h) & mask; slots[i] != null; i = i + 1 & mask) {
            if (hashes[i] == h && slots[i].equals(word)) {
                return i;
            }
        }
        return -1;
    }

    private static int spread(int h) {
        return h ^ h >>> 16;
    }
}
