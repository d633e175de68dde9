package org.vigie.corpus.store.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;

/**
 * Keyword in context: about {@code length} characters of a hit's text around the first word the
 * query looks for, with every such word in that window marked {@code [[like this]]}, on one line.
 * The text is analysed only up to the end of the window, so a snippet costs little whatever the
 * article's length. A hit that matched on metadata only gets the start of its text.
 */
final class Snippets {
    static final String OPEN = "[[", CLOSE = "]]";
    private static final String CUT = "…";
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final Analyzer analyzer;
    private final int length;

    Snippets(Analyzer analyzer, int length) {
        this.analyzer = analyzer;
        this.length = Math.max(40, length);
    }

    String snippet(String text, QueryTerms words) throws IOException {
        List<int[]> marks = new ArrayList<>();
        int begin = 0;
        int end = Math.min(text.length(), length);
        if (!words.isEmpty()) {
            try (TokenStream tokens = analyzer.tokenStream(CorpusFields.TEXT, text)) {
                TermToBytesRefAttribute term = tokens.addAttribute(TermToBytesRefAttribute.class);
                OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
                tokens.reset();
                while (tokens.incrementToken() && (marks.isEmpty() || offset.endOffset() <= end)) {
                    if (words.matches(term.getBytesRef())) {
                        if (marks.isEmpty()) {
                            begin = Math.max(0, Math.min(offset.startOffset() - length / 3, text.length() - length));
                            end = Math.min(text.length(), begin + length);
                        }
                        marks.add(new int[] {offset.startOffset(), offset.endOffset()});
                    }
                }
                tokens.end();
            }
        }
        return line(text, begin, end, marks);
    }

    /** The window on word boundaries, marks inserted, white space collapsed. */
    private static String line(String text, int begin, int end, List<int[]> marks) {
        int first = marks.isEmpty() ? end : marks.get(0)[0];
        int last = marks.isEmpty() ? begin : marks.get(marks.size() - 1)[1];
        if (begin > 0) {
            int space = indexOfSpace(text, begin, first);
            begin = space < 0 ? begin : space + 1;
        }
        if (end < text.length()) {
            int space = lastIndexOfSpace(text, end, last);
            end = space < 0 ? end : space;
        }
        StringBuilder line = new StringBuilder(begin > 0 ? CUT : "");
        int at = begin;
        for (int[] mark : marks) {
            line.append(text, at, mark[0]).append(OPEN).append(text, mark[0], mark[1]).append(CLOSE);
            at = mark[1];
        }
        line.append(text, at, end).append(end < text.length() ? CUT : "");
        return WHITE_SPACE.matcher(line).replaceAll(" ").trim();
    }

    private static int indexOfSpace(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOfSpace(String text, int from, int limit) {
        for (int i = from; i > limit; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
