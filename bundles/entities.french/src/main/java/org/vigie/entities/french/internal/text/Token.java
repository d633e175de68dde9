package org.vigie.entities.french.internal.text;

/**
 * One token of a French text.
 *
 * @param begin first char, over the document's text
 * @param end one past the last char
 * @param text the token as written
 * @param folded its {@code NameKey} fold (accents and case dropped, typographic apostrophes to ASCII)
 * @param kind word, number or punctuation
 * @param sentenceStart whether it opens a sentence (its capital tells nothing then)
 * @param capitalised whether it is a word whose first letter is upper case
 * @param lowercase whether it is a word whose first letter is lower case
 * @param classes the bits of the word classes ({@link WordClass}) of {@code folded}, as the tokenizer's
 *        {@link Vocabulary} gives them
 */
public record Token(int begin, int end, String text, String folded, Kind kind, boolean sentenceStart, boolean capitalised,
        boolean lowercase, long classes) {

    public enum Kind { WORD, NUMBER, PUNCT, ELISION }

    public Token(int begin, int end, String text, String folded, Kind kind, boolean sentenceStart, long classes) {
        this(begin, end, text, folded, kind, sentenceStart, kind == Kind.WORD && Character.isUpperCase(text.charAt(0)),
                kind == Kind.WORD && Character.isLowerCase(text.charAt(0)), classes);
    }

    /** Whether its folded form is a word of that class: {@code SET.contains(folded())} as one bit test. */
    public boolean in(WordClass wordClass) {
        return (classes & wordClass.bit()) != 0;
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    /** All letters upper case and at least two of them: {@code ONU}, {@code EI-K}. */
    public boolean acronym() {
        if (kind != Kind.WORD || text.length() < 2) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    public boolean is(String foldedWord) {
        return folded.equals(foldedWord);
    }
}
