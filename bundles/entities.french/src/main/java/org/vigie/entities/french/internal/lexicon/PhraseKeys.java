package org.vigie.entities.french.internal.lexicon;

import java.util.List;

import org.vigie.entities.french.internal.text.Token;

/**
 * Values keyed by phrases, a phrase's key being its tokens' folded forms joined by single spaces
 * ({@code ministere de la securite}), looked up from the tokens themselves: the key's
 * {@link String#hashCode} is computed from the tokens' (cached) hashes and the key is compared
 * token by token, so a probe builds no string. One open-addressed table; written while the
 * owner is built, read-only afterwards.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseKeys<V> {

    private String[] keys = new String[16];
    private int[] hashes = new int[16];
    private Object[] values = new Object[16];
    private int size;

    /** Adds the phrase of tokens {@code [start, end)} unless present (its key is built only then); whether it was added. */
    boolean putIfAbsent(List<Token> tokens, int start, int end, V value) {
        int h = hash(tokens, start, end);
        int i = slot(h);
        for (; keys[i] != null; i = i + 1 & keys.length - 1) {
            if (hashes[i] == h && spells(keys[i], tokens, start, end)) {
                return false;
            }
        }
        keys[i] = key(tokens, start, end);
        hashes[i] = h;
        values[i] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return true;
    }

    /** The value of the phrase of tokens {@code [start, end)} whose key hashes to {@code hash}, or null. */
    @SuppressWarnings("unchecked")
    V get(List<Token> tokens, int start, int end, int hash) {
        for (int i = slot(hash); keys[i] != null; i = i + 1 & keys.length - 1) {
            if (hashes[i] == hash && spells(keys[i], tokens, start, end)) {
                return (V) values[i];
            }
        }
        return null;
    }

    /** The {@link String#hashCode} of the key of tokens {@code [start, end)}. */
    static int hash(List<Token> tokens, int start, int end) {
        int h = tokens.get(start).folded().hashCode();
        for (int i = start + 1; i < end; i++) {
            h = joined(h, tokens.get(i).folded());
        }
        return h;
    }

    private static String key(List<Token> tokens, int start, int end) {
        if (end - start == 1) {
            return tokens.get(start).folded();
        }
        StringBuilder key = new StringBuilder();
        for (int i = start; i < end; i++) {
            key.append(i > start ? " " : "").append(tokens.get(i).folded());
        }
        return key.toString();
    }

    /** The hash of {@code key + " " + word}, from the hash of {@code key}: what {@link String#hashCode} gives. */
    static int joined(int keyHash, String word) {
        int h = keyHash * 31 + ' ';
        for (int i = word.length(); i > 0; i--) {
            h *= 31;
        }
        return h + word.hashCode();
    }

    private static boolean spells(String key, List<Token> tokens, int start, int end) {
        int at = 0;
        for (int i = start; i < end; i++) {
            String word = tokens.get(i).folded();
            if (i > start) {
                if (at >= key.length() || key.charAt(at) != ' ') {
                    return false;
                }
                at++;
            }
            if (!key.startsWith(word, at)) {
                return false;
            }
            at += word.length();
        }
        return at == key.length();
    }

    private int slot(int h) {
        return (h ^ h >>> 16) & keys.length - 1;
    }

    private void grow() {
        String[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        hashes = new int[keys.length];
        values = new Object[keys.length];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int h = oldKeys[j].hashCode();
                int i = slot(h);
                while (keys[i] != null) {
                    i = i + 1 & keys.length - 1;
                }
                keys[i] = oldKeys[j];
                hashes[i] = h;
                values[i] = oldValues[j];
            }
        }
    }
}
