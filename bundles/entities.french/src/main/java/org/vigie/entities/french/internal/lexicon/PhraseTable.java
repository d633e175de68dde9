package org.vigie.entities.french.internal.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vigie.entities.french.internal.text.FrenchTokenizer;
import org.vigie.entities.french.internal.text.Token;

/**
 * Phrases keyed by their folded tokens, matched longest first at a token position. A phrase is
 * tokenised by the same {@link FrenchTokenizer} as the text, so {@code l'Afrique de l'Ouest} and
 * {@code l’Afrique de l’Ouest} meet on one key.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseTable<V> {

    private final PhraseKeys<V> phrases = new PhraseKeys<>();
    private final Map<String, Integer> longestByFirst = new HashMap<>();
    /** The first two words of every phrase of two words or more, to skip most lookups early. */
    private final PhraseKeys<Boolean> pairs = new PhraseKeys<>();
    /**
     * One bit per hash of every phrase's first word: a clear bit means no phrase starts with the
     * word, answered from a few kilobytes instead of a probe into the (large) table.
     */
    private final long[] firstWords;
    private final FrenchTokenizer tokenizer;

    /** A table for the lexicon's thousands of phrases. */
    public PhraseTable(FrenchTokenizer tokenizer) {
        this(tokenizer, 1 << 16);
    }

    /** A table with a first-word filter of that many bits (a power of two; a document's names need few). */
    public PhraseTable(FrenchTokenizer tokenizer, int firstWordBits) {
        this.tokenizer = tokenizer;
        this.firstWords = new long[Math.max(1, firstWordBits / 64)];
    }

    /** Adds a phrase; the first value given for a key wins. */
    public void put(String phrase, V value) {
        List<Token> tokens = tokenizer.tokenize(phrase);
        if (!tokens.isEmpty()) {
            put(tokens, 0, tokens.size(), value);
        }
    }

    /** Adds the phrase of tokens {@code [start, end)} of an already tokenised text. */
    public void put(List<Token> tokens, int start, int end, V value) {
        if (phrases.putIfAbsent(tokens, start, end, value)) {
            String first = tokens.get(start).folded();
            longestByFirst.merge(first, end - start, Math::max);
            int bit = firstWordBit(first);
            firstWords[bit >>> 6] |= 1L << bit;
            if (end - start > 1) {
                pairs.putIfAbsent(tokens, start, start + 2, Boolean.TRUE);
            }
        }
    }

    /** The longest phrase starting at {@code start}, or null. */
    public Match<V> longestAt(List<Token> tokens, int start) {
        String first = tokens.get(start).folded();
        int bit = firstWordBit(first);
        if ((firstWords[bit >>> 6] & 1L << bit) == 0) {
            return null;
        }
        Integer longest = longestByFirst.get(first);
        if (longest == null) {
            return null;
        }
        int last = Math.min(tokens.size(), start + longest);
        if (last == start + 1) {
            V value = phrases.get(tokens, start, last, first.hashCode());
            return value == null ? null : new Match<>(start, last, value);
        }
        // the hash of every key [start, end), as String.hashCode of the joined words would give it
        int[] hashes = new int[last - start];
        hashes[0] = first.hashCode();
        hashes[1] = PhraseKeys.joined(hashes[0], tokens.get(start + 1).folded());
        if (pairs.get(tokens, start, start + 2, hashes[1]) == null) {
            last = start + 1;
        }
        for (int end = start + 3; end <= last; end++) {
            hashes[end - start - 1] = PhraseKeys.joined(hashes[end - start - 2], tokens.get(end - 1).folded());
        }
        for (int end = last; end > start; end--) {
            V value = phrases.get(tokens, start, end, hashes[end - start - 1]);
            if (value != null) {
                return new Match<>(start, end, value);
            }
        }
        return null;
    }

    private int firstWordBit(String word) {
        int h = word.hashCode();
        return (h ^ h >>> 16) & firstWords.length * 64 - 1;
    }

    public V get(String phrase) {
        List<Token> tokens = tokenizer.tokenize(phrase);
        return tokens.isEmpty() ? null : phrases.get(tokens, 0, tokens.size(), PhraseKeys.hash(tokens, 0, tokens.size()));
    }

    /** A phrase found over tokens {@code [start, end)}. */
    public record Match<V>(int start, int end, V value) {
    }
}
