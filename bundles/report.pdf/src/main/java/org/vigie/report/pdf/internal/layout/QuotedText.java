package org.vigie.report.pdf.internal.layout;

/**
 * Text quoted from articles (titles, sentences, names, URLs) as the HTML and Markdown briefings
 * write it: always as text, never as markup. Articles are hostile input: a {@code <script>}, an
 * {@code <img onerror>} or a {@code [x](javascript:...)} in an article must reach the reader as
 * those characters, not run or link. The only links a briefing writes are its own anchors
 * ({@code #source-N}), built by the layouts from citation numbers. Control characters, which
 * HTML forbids and Markdown viewers may pass to a terminal, are dropped (a newline becomes a
 * space: the layouts write each text on one line).
 */
public final class QuotedText {
    /** Characters Markdown gives a meaning to anywhere in a line; each is written backslash-escaped. */
    private static final String MARKDOWN_PUNCTUATION = "\\`*_[](){}#!|~";

    private QuotedText() {
    }

    /** {@code text} for HTML content or a double- or single-quoted attribute value. */
    public static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> appendVisible(out, c);
            }
        }
        return out.toString();
    }

    /**
     * {@code text} for a Markdown line: raw HTML written as entities, punctuation that could open
     * emphasis, code, a link, an image or a table cell escaped, and a start that would make a
     * heading, list item, quote or rule escaped too.
     */
    public static String markdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            if (c == '&') {
                out.append("&amp;");
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (MARKDOWN_PUNCTUATION.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                appendVisible(out, c);
            }
        }
        return escapeLineStart(out);
    }

    /** A leading {@code -}, {@code +}, {@code =} or {@code 12.} / {@code 12)} would start a list or a rule. */
    private static String escapeLineStart(StringBuilder out) {
        int i = 0;
        while (i < out.length() && out.charAt(i) == ' ') {
            i++;
        }
        int digits = i;
        while (digits < out.length() && Character.isDigit(out.charAt(digits))) {
            digits++;
        }
        if (digits > i && digits < out.length() && (out.charAt(digits) == '.' || out.charAt(digits) == ')')) {
            out.insert(digits, '\\');
        } else if (i < out.length() && "-+=".indexOf(out.charAt(i)) >= 0) {
            out.insert(i, '\\');
        }
        return out.toString();
    }

    private static void appendVisible(StringBuilder out, char c) {
        if (c == '\n' || c == '\r' || c == '\t') {
            out.append(' ');
        } else if (c >= 0x20 && (c < 0x7f || c > 0x9f)) {
            out.append(c);
        }
    }
}
