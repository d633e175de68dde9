package org.vigie.corpus.api;

import java.util.Objects;

/**
 * A full-text query. The syntax is Lucene's classic one over French-analysed, diacritic-folded
 * text: words, {@code "phrases"}, {@code AND}/{@code OR}/{@code NOT}, {@code prefix*},
 * {@code fuzzy~}, and fields {@code title:}, {@code source:}, {@code lang:}, {@code url:},
 * {@code file:}, {@code tag.KEY:}, {@code published:[2025-10-01 TO 2025-10-31]}.
 *
 * @param query the query text
 * @param offset hits to skip
 * @param limit hits to return at most
 */
public record SearchRequest(String query, int offset, int limit) {

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must be >= 0");
        }
    }

    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, 0, limit);
    }
}
