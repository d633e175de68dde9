package org.vigie.report.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

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

    /**
     * A day as the selection options are written: YYYY-MM-DD, or YYYY-MM or YYYY (its first day, or
     * its last when {@code end}); {@code null} for a blank value. The one parser of those options:
     * the shell's {@code --from}/{@code --to} and the web views' {@code from}/{@code to} read them here.
     *
     * @param option the option's name, for the message
     * @throws ReportException naming the option and the value when it is not a date
     */
    public static LocalDate day(String value, String option, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.matches("\\d{4}")) {
                return end ? LocalDate.of(Integer.parseInt(v), 12, 31) : LocalDate.of(Integer.parseInt(v), 1, 1);
            } else if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(v);
                return end ? month.atEndOfMonth() : month.atDay(1);
            }
            return LocalDate.parse(v);
        } catch (DateTimeException e) {
            throw new ReportException(option + " " + v + " is not a date: write YYYY-MM-DD, YYYY-MM or YYYY");
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
