package org.vigie.report.api;

import java.time.LocalDate;

/**
 * Which documents to take from the corpus, as {@code report:brief} and {@code export:write} say
 * it. Every criterion is optional and they combine: documents matching {@code query}, published
 * within [{@code from}, {@code to}], that mention {@code entity}.
 *
 * @param query a full-text query ({@code CorpusStore.search} syntax), or {@code null} for all
 * @param from first publication date included, or {@code null}
 * @param to last publication date included, or {@code null}
 * @param entity the name of an entity the documents must mention, or {@code null}
 */
public record SelectionCriteria(String query, LocalDate from, LocalDate to, String entity) {

    public SelectionCriteria {
        query = blankToNull(query);
        entity = blankToNull(entity);
        if (from != null && to != null && from.isAfter(to)) {
            throw new ReportException("the date range is empty: --from " + from + " is after --to " + to);
        }
    }

    /** The whole corpus. */
    public static SelectionCriteria all() {
        return new SelectionCriteria(null, null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
