package org.vigie.report.pdf.internal.section;

import org.vigie.entities.api.Mention;

/** Cuts a mention's sentence to a readable length around the mention, marking cuts with an ellipsis. */
final class Excerpts {

    private Excerpts() {
    }

    static String around(Mention m, int max) {
        String sentence = m.sentenceText() == null ? m.text() : m.sentenceText();
        String s = sentence.replaceAll("\\s+", " ").strip();
        if (s.length() <= max) {
            return s;
        }
        int at = m.sentence() == null ? 0 : Math.max(0, Math.min(s.length(), m.span().begin() - m.sentence().begin()));
        int start = Math.max(0, Math.min(at - max / 3, s.length() - max));
        int end = Math.min(s.length(), start + max);
        start = start == 0 ? 0 : wordStart(s, start);
        end = end == s.length() ? end : wordEnd(s, end);
        return (start > 0 ? "… " : "") + s.substring(start, end).strip() + (end < s.length() ? " …" : "");
    }

    private static int wordStart(String s, int i) {
        int space = s.indexOf(' ', i);
        return space < 0 ? i : space + 1;
    }

    private static int wordEnd(String s, int i) {
        int space = s.lastIndexOf(' ', i);
        return space <= 0 ? i : space;
    }
}
