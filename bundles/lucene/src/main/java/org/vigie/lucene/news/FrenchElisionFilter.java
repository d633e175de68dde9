package org.vigie.lucene.news;

import java.io.IOException;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Drops an elided article ({@code l'}, {@code d’}, {@code qu'}, ...) from the front of a word,
 * like Lucene's {@code ElisionFilter}, and also moves the word's start offset past it, so a
 * snippet marks {@code d’[[Interpol]]} rather than the article with the word.
 */
final class FrenchElisionFilter extends TokenFilter {
    private static final CharArraySet ARTICLES = FrenchAnalyzer.DEFAULT_ARTICLES;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

    FrenchElisionFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        int apostrophe = 0;
        while (apostrophe < length && buffer[apostrophe] != '\'' && buffer[apostrophe] != '\u2019') {
            apostrophe++;
        }
        if (apostrophe < length && ARTICLES.contains(buffer, 0, apostrophe)) {
            boolean sameText = offset.endOffset() - offset.startOffset() == length;
            term.copyBuffer(buffer, apostrophe + 1, length - apostrophe - 1);
            if (sameText) {
                offset.setOffset(offset.startOffset() + apostrophe + 1, offset.endOffset());
            }
        }
        return true;
    }
}
