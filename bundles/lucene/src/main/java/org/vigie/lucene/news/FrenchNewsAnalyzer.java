package org.vigie.lucene.news;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analysis of article text and titles: Unicode word breaks, French elision ({@code l'}, {@code d’}),
 * lower case, diacritic folding ({@code Lương} and {@code Luong} are one word, {@code Đ} is
 * {@code d}), then light French stemming. Folding comes before stemming so that a name typed
 * without its diacritics stems exactly like the original.
 */
final class FrenchNewsAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new FrenchElisionFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new FrenchLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /** Prefix, wildcard and fuzzy terms are folded like indexed words but not stemmed. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream stream = new FrenchElisionFilter(in);
        stream = new LowerCaseFilter(stream);
        return new ASCIIFoldingFilter(stream);
    }
}
