package org.vigie.lucene.news;

/**
 * The fields the query language names, as both corpus stores index them: prose ({@code text},
 * {@code title}, {@code source}) analysed in French, {@code published} as days, every other field
 * one folded exact value ({@code lang}, {@code file}, {@code url}, {@code tag.KEY}).
 */
public final class NewsFields {
    public static final String TEXT = "text", TITLE = "title", SOURCE = "source", URL = "url",
            PUBLISHED = "published", LANG = "lang", FILE = "file", TAG_PREFIX = "tag.";

    private NewsFields() {
    }

    /** Whether the field is prose, analysed by the French news analysis. */
    public static boolean isProse(String field) {
        return TEXT.equals(field) || TITLE.equals(field) || SOURCE.equals(field);
    }
}
