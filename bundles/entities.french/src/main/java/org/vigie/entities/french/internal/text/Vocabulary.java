package org.vigie.entities.french.internal.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


/**
 * Every folded word of the word classes ({@link WordClass}) with the bit mask of the classes it belongs to,
 * in one {@link WordTable}: the tokenizer looks each token up once ({@link #classesOf}) and
 * the rules then test bits. Immutable once built, so one instance serves every thread; it belongs
 * to the {@code FrenchLexicon} that loaded the lexicon's classes.
 */
public final class Vocabulary {

    static {
        if (WordClass.values().length > Long.SIZE) {
            throw new IllegalStateException("more word classes than bits in a long: " + WordClass.values().length);
        }
    }

    private final WordTable table;

    /** The classes listed in {@link WordClass}, plus the words of the lexicon's classes in {@code loaded}. */
    public Vocabulary(Map<WordClass, Collection<String>> loaded) {
        Map<String, Long> byWord = new HashMap<>();
        for (WordClass w : WordClass.values()) {
            w.words().forEach(word -> byWord.merge(word, w.bit(), (a, b) -> a | b));
            loaded.getOrDefault(w, List.of()).forEach(word -> byWord.merge(word, w.bit(), (a, b) -> a | b));
        }
        table = WordTable.of(byWord);
    }

    /** The bits ({@link WordClass#bit()}) of the classes a folded word belongs to; 0 for none. */
    public long classesOf(String folded) {
        return table.bitsOf(folded);
    }
}
