package org.vigie.corpus.store.internal;

import java.io.IOException;
import java.io.StringReader;
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
 * The text is analysed only from the first word that may hold a query word ({@link SnippetCandidates},
 * a cheap scan of folded characters) to the end of the window, so a snippet costs little whatever
 * the article's length and wherever the word is. A hit that matched on metadata only gets the start
 * of its text.
 */
final class Snippets {
    static final String OPEN = "[[", CLOSE = "]]";
    private static final String CUT = "…";
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** Beyond this many characters to the next candidate word, analysing again from it is cheaper. */
    private static final int RESTART_GAP = 160;

    private final Analyzer analyzer;
    private final int length;

    Snippets(Analyzer analyzer, int length) {
        this.analyzer = analyzer;
        this.length = Math.max(40, length);
    }

    String snippet(String text, QueryTerms words) throws IOException {
        List<int[]> marks = new ArrayList<>();
        int[] window = {0, Math.min(text.length(), length)};
        if (!words.isEmpty()) {
            SnippetCandidates candidates = new SnippetCandidates(words);
            int word = candidates.next(text, 0);
            while (word >= 0) {
                word = analyse(text, word, candidates, words, window, marks);
            }
        }
        return line(text, window[0], window[1], marks);
    }

    /**
     * Analyses the text from the white space before a candidate word (the tokens from there are
     * those of the whole text's analysis). Once past the candidate words without a query word, it
     * goes on to the next candidate when it is near, else hands it back to start again there
     * (-1: none left). On the first query word it places the window around it, marks every query
     * word up to the window's end and hands back -1.
     */
    private int analyse(String text, int word, SnippetCandidates candidates, QueryTerms words, int[] window,
            List<int[]> marks) throws IOException {
        int from = Math.max(0, word - 1);
        int candidateEnd = candidates.everyWord() ? text.length() : SnippetCandidates.wordEnd(text, word);
        int restart = -1;
        StringReader reader = new StringReader(text);
        reader.skip(from);
        try (TokenStream tokens = analyzer.tokenStream(CorpusFields.TEXT, reader)) {
            TermToBytesRefAttribute term = tokens.addAttribute(TermToBytesRefAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                int start = from + offset.startOffset();
                int end = from + offset.endOffset();
                if (marks.isEmpty() && start >= candidateEnd) {
                    int next = candidates.next(text, candidateEnd);
                    if (next < 0 || next - candidateEnd > RESTART_GAP) {
                        restart = next;
                        break;
                    }
                    candidateEnd = SnippetCandidates.wordEnd(text, next);
                } else if (!marks.isEmpty() && end > window[1]) {
                    break;
                }
                if (words.matches(term.getBytesRef())) {
                    if (marks.isEmpty()) {
                        window[0] = Math.max(0, Math.min(start - length / 3, text.length() - length));
                        window[1] = Math.min(text.length(), window[0] + length);
                    }
                    marks.add(new int[] {start, end});
                }
            }
            tokens.end();
        }
        return marks.isEmpty() ? restart : -1;
    }

    /** The window on word boundaries, marks inserted, white space collapsed. */
    static String line(String text, int begin, int end, List<int[]> marks) {
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
