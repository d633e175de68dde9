package org.vigie.corpus.importers.internal.news;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A title made from an article's first paragraph when the article has no title line. */
final class Lede {

    private static final int SENTENCE_TITLE = 160;
    private static final int CUT_TITLE = 120;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[\\p{Lu}«\"“])");

    private Lede() {
    }

    /** The first sentence when it is short enough, else the first words followed by "…". */
    static String title(String paragraph) {
        String text = paragraph.strip();
        Matcher end = SENTENCE_END.matcher(text);
        if (end.find() && end.start() < SENTENCE_TITLE) {
            return text.substring(0, end.start());
        }
        if (text.length() <= SENTENCE_TITLE) {
            return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        }
        int cut = text.lastIndexOf(' ', CUT_TITLE);
        return text.substring(0, cut > 0 ? cut : CUT_TITLE).replaceAll("[\\s,;:]+$", "") + "…";
    }
}
