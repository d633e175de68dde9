package org.vigie.entities.french.internal.text;

import java.util.List;

/**
 * Where sentences end, which the tokenizer marks on the next token ({@link Token#sentenceStart()}):
 * at {@code . ! ? | …} but not after an initial or an abbreviation ({@code M.}, {@code T.}), and at
 * a line break after a line with no final punctuation (titles, captions).
 */
final class SentenceBreaks {

    private SentenceBreaks() {
    }

    /** Whether the punctuation {@code c} just added to {@code tokens} ends a sentence. */
    static boolean afterPunctuation(List<Token> tokens, char c) {
        if (c == '!' || c == '?' || c == '|' || c == '\u2026') {
            return true;
        }
        if (c != '.' || tokens.size() < 2) {
            return c == '.';
        }
        Token before = tokens.get(tokens.size() - 2);
        boolean initial = before.isWord() && before.text().length() == 1 && before.capitalised();
        return !initial && !before.in(WordClass.ABBREVIATION);
    }

    /** Whether the punctuation {@code c} opens a quote or a bracket, after which a sentence still starts. */
    static boolean opensQuote(char c) {
        switch (c) {
            case '«', '"', '“', '\'', '-', '–', '—', '(':
                return true;
            default:
                return false;
        }
    }

    /** A line break ends a sentence when the line before it has no final punctuation (titles, captions). */
    static boolean afterLine(String text, int newline) {
        int j = newline - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\r')) {
            j--;
        }
        return j < 0 || ",;(".indexOf(text.charAt(j)) < 0;
    }
}
