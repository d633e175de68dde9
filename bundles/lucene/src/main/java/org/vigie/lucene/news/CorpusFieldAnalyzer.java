package org.vigie.lucene.news;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/** Picks the French analysis for prose fields and exact-value analysis for every other field. */
public final class CorpusFieldAnalyzer extends DelegatingAnalyzerWrapper {
    private final Analyzer prose = new FrenchNewsAnalyzer();
    private final Analyzer keyword = new FoldedKeywordAnalyzer();

    public CorpusFieldAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return NewsFields.isProse(fieldName) ? prose : keyword;
    }

    @Override
    public void close() {
        prose.close();
        keyword.close();
        super.close();
    }
}
