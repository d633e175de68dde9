package org.vigie.entities.french.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every folded word of the {@link Word} classes with the bit mask of the classes it belongs to,
 * in one open-addressed table: the tokenizer looks each token up once ({@link #classesOf}) and
 * the rules then test bits. Immutable once built, so one instance serves every thread; it belongs
 * to the {@link FrenchLexicon} that loaded the lexicon's classes.
 */
final class Vocabulary {

    static {
        if (Word.values().length > Long.SIZE) {
            throw new IllegalStateException("more word classes than bits in a long: " + Word.values().length);
        }
    }

    private final String[] slots;
    private final int[] hashes;
    private final long[] classes;
    private final int mask;

    /** The classes listed in {@link Word}, plus the words of the lexicon's classes in {@code loaded}. */
    Vocabulary(Map<Word, Collection<String>> loaded) {
        Map<String, Long> byWord = new HashMap<>();
        for (Word w : Word.values()) {
            w.words().forEach(word -> byWord.merge(word, w.bit(), (a, b) -> a | b));
            loaded.getOrDefault(w, List.of()).forEach(word -> byWord.merge(word, w.bit(), (a, b) -> a | b));
        }
        int capacity = Integer.highestOneBit(Math.max(8, byWord.size() * 4));
        slots = new String[capacity];
        hashes = new int[capacity];
        classes = new long[capacity];
        mask = capacity - 1;
        byWord.forEach(this::place);
    }

    private void place(String word, long bits) {
        int h = word.hashCode();
        int i = spread(h) & mask;
        while (slots[i] != null) {
            i = i + 1 & mask;
        }
        slots[i] = word;
        hashes[i] = h;
        classes[i] = bits;
    }

    /** The bits ({@link Word#bit()}) of the classes a folded word belongs to; 0 for none. */
    long classesOf(String folded) {
        int h = folded.hashCode();
        for (int i = spread(h) & mask; slots[i] != null; i = i + 1 & mask) {
            if (hashes[i] == h && slots[i].equals(folded)) {
                return classes[i];
            }
        }
        return 0;
    }

    private static int spread(int h) {
        return h ^ h >>> 16;
    }
}
