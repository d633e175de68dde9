package org.vigie.corpus.store.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/** Picks the French analysis for prose fields and exact-value analysis for every other field. */
final class CorpusFieldAnalyzer extends DelegatingAnalyzerWrapper {
    private final Analyzer prose = new FrenchNewsAnalyzer();
    private final Analyzer keyword = new FoldedKeywordAnalyzer();

    CorpusFieldAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return CorpusFields.isProse(fieldName) ? prose : keyword;
    }

    @Override
    public void close() {
        prose.close();
        keyword.close();
        super.close();
    }
}
