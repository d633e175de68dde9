package org.vigie.entities.french.internal.text;

import java.util.ArrayList;
import java.util.List;

import org.vigie.entities.api.NameKey;

/**
 * Splits French text into words, numbers and punctuation. Elided articles and pronouns
 * ({@code l'}, {@code d'}, {@code qu'}, with {@code '} or {@code ’}) become tokens of their own,
 * so {@code l'ONU} yields {@code l'} and {@code ONU}; hyphens inside a word are kept
 * ({@code vice-ministre}, {@code Etats-Unis}, {@code AMMTC-17}). A sentence ends at {@code . ! ?}
 * or a blank line, except after an initial or an abbreviated title ({@code M.}, {@code T.})
 * ({@link SentenceBreaks}).
 * Every token carries the word classes ({@link WordClass}) of its folded form, looked up once in the
 * tokenizer's {@link Vocabulary}.
 */
public final class FrenchTokenizer {

    private static final WordTable ELIDED = WordTable.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu",
            "lorsqu", "puisqu", "quoiqu", "presqu");

    private final Vocabulary vocabulary;

    public FrenchTokenizer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5);
        boolean sentenceStart = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f') {
                if (c == '\n' && (i + 1 < n && text.charAt(i + 1) == '\n' || SentenceBreaks.afterLine(text, i))) {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            boolean word = Character.isLetterOrDigit(c);
            int end = word ? compoundPart(text, i, wordEnd(text, i)) : i + 1;
            int elision = word ? elisionEnd(text, i, end) : -1;
            Token token;
            if (elision > 0) {
                String written = text.substring(i, elision);
                String folded = NameKey.fold(written);
                token = new Token(i, elision, written, folded, Token.Kind.ELISION, sentenceStart,
                        vocabulary.classesOf(folded));
                end = elision;
            } else {
                token = classify(text, i, end, sentenceStart);
            }
            tokens.add(token);
            // only punctuation (one char, c) ends a sentence or opens a quote
            sentenceStart = !word && (SentenceBreaks.afterPunctuation(tokens, c) || sentenceStart && SentenceBreaks.opensQuote(c));
            i = end;
        }
        return tokens;
    }

    private static int wordEnd(String text, int i) {
        int j = i;
        int n = text.length();
        while (j < n) {
            char c = text.charAt(j);
            if (isAsciiLetterOrDigit(c) || c >= 128 && (Character.isLetterOrDigit(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK)) {
                j++;
            } else if ((c == '-' || c == '\'' || c == '\u2019' || c == '.' && isDigitAt(text, j - 1))
                    && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * Where the first part of a compound of capitalised names ends: {@code Vietnam-États-Unis} and
     * {@code Pékin-Hanoï} are read part by part (the hyphen a token of its own), so that each part
     * can be a name; gazetteer names are tokenised the same way and still match whole.
     */
    private static int compoundPart(String text, int begin, int end) {
        if (!Character.isUpperCase(text.charAt(begin))) {
            return end;
        }
        for (int j = begin + 3; j < end - 3; j++) {
            if (text.charAt(j) == '-' && Character.isUpperCase(text.charAt(j + 1))
                    && Character.isLetter(text.charAt(j + 2)) && Character.isLetter(text.charAt(j + 3))) {
                return j;
            }
        }
        return end;
    }

    /** {@link Character#isLetterOrDigit} for ASCII, which is most of a French text, without the table lookup. */
    private static boolean isAsciiLetterOrDigit(char c) {
        return (char) ((c | 0x20) - 'a') < 26 || (char) (c - '0') < 10;
    }

    private static boolean isDigitAt(String text, int j) {
        return j >= 0 && Character.isDigit(text.charAt(j));
    }

    /** The end of an elided prefix ({@code l'}) at the start of the word, or -1. */
    private static int elisionEnd(String text, int begin, int end) {
        for (int j = begin + 1; j < end && j - begin <= 7; j++) {
            char c = text.charAt(j);
            if (c == '\'' || c == '\u2019') {
                String prefix = NameKey.fold(text.substring(begin, j));
                // "N'Djamena", "N'Golo": a capital N' before a capital is a name's, never the negation
                return ELIDED.contains(prefix) && j + 1 < end
                        && !(text.charAt(begin) == 'N' && j == begin + 1 && Character.isUpperCase(text.charAt(j + 1))) ? j + 1 : -1;
            }
            if ((char) ((c | 0x20) - 'a') >= 26 && !Character.isLetter(c)) {
                return -1;
            }
        }
        return -1;
    }

    private Token classify(String text, int begin, int end, boolean sentenceStart) {
        String s = text.substring(begin, end);
        char c = s.charAt(0);
        Token.Kind kind = Character.isLetter(c) ? Token.Kind.WORD
                : Character.isDigit(c) ? Token.Kind.NUMBER : Token.Kind.PUNCT;
        String folded = kind == Token.Kind.PUNCT && s.charAt(0) < 128 ? s : NameKey.fold(s);
        return new Token(begin, end, s, folded, kind, sentenceStart, vocabulary.classesOf(folded));
    }
}
