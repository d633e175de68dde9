package org.vigie.report.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to brief on and where to write it. Every selection criterion is optional and they
 * combine: documents matching {@code query}, published within [{@code from}, {@code to}], that
 * mention {@code entity}.
 *
 * @param out the file to write
 * @param title the briefing's title, or {@code null} for the default
 * @param query a full-text query ({@code CorpusStore.search} syntax), or {@code null} for all
 * @param from first publication date included, or {@code null}
 * @param to last publication date included, or {@code null}
 * @param entity the name of an entity the documents must mention, or {@code null}
 * @param sections the ids of the sections to write (empty: every section)
 * @param marking a handling marking such as {@code TLP:CLEAR}, or {@code null} for the configured one
 * @param date the briefing's date, fixed for reproducible output, or {@code null} for today
 * @param format the output format
 */
public record BriefingRequest(Path out, String title, String query, LocalDate from, LocalDate to, String entity,
        List<String> sections, String marking, LocalDate date, BriefingFormat format) {

    public BriefingRequest {
        Objects.requireNonNull(out, "out");
        sections = sections == null ? List.of() : List.copyOf(sections);
        format = format == null ? BriefingFormat.PDF : format;
        title = blankToNull(title);
        query = blankToNull(query);
        entity = blankToNull(entity);
        marking = blankToNull(marking);
        if (from != null && to != null && from.isAfter(to)) {
            throw new ReportException("the date range is empty: --from " + from + " is after --to " + to);
        }
    }

    /** The selection options of this request. */
    public SelectionCriteria criteria() {
        return new SelectionCriteria(query, from, to, entity);
    }

    /** A request for a PDF of the whole corpus with every section. */
    public static BriefingRequest of(Path out) {
        return new BriefingRequest(out, null, null, null, null, null, List.of(), null, null, BriefingFormat.PDF);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
