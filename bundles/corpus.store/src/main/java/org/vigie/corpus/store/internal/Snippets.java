package org.vigie.corpus.store.internal;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Keyword in context: the best sentence of each hit's text with the matched words marked
 * {@code [[like this]]}, cut to about {@code length} characters around the first mark and put on
 * one line. A hit that matched only on metadata gets the start of its text.
 */
final class Snippets {
    static final String OPEN = "[[", CLOSE = "]]";
    private static final String CUT = "…";

    private final Analyzer analyzer;
    private final int length;

    Snippets(Analyzer analyzer, int length) {
        this.analyzer = analyzer;
        this.length = Math.max(40, length);
    }

    /** One snippet per document of {@code page}, in its order. */
    String[] of(IndexSearcher searcher, Query query, TopDocs page) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(OPEN, CLOSE, " " + CUT + " ", false))
                .withMaxNoHighlightPassages(1)
                .build();
        String[] passages = highlighter.highlight(CorpusFields.TEXT, query, page, 1);
        for (int i = 0; i < passages.length; i++) {
            passages[i] = cut(passages[i] == null ? "" : passages[i]);
        }
        return passages;
    }

    /** A window of about {@code length} chars around the first mark, on word boundaries. */
    String cut(String passage) {
        String line = passage.replaceAll("\\s+", " ").trim();
        if (line.length() <= length) {
            return line;
        }
        int mark = Math.max(0, line.indexOf(OPEN));
        int markEnd = Math.max(mark, line.indexOf(CLOSE, mark) + CLOSE.length());
        int begin = Math.max(0, Math.min(mark - length / 3, line.length() - length));
        int end = Math.min(line.length(), Math.max(begin + length, markEnd));
        if (begin > 0) {
            int space = line.indexOf(' ', begin);
            begin = space >= 0 && space < mark ? space + 1 : begin;
        }
        if (end < line.length()) {
            int space = line.lastIndexOf(' ', end);
            end = space >= markEnd ? space : end;
        }
        return (begin > 0 ? CUT : "") + line.substring(begin, end).trim() + (end < line.length() ? CUT : "");
    }
}
