package org.vigie.export.api;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import org.vigie.report.api.SelectionCriteria;

/**
 * What to export and where.
 *
 * @param out the file to write (replaced atomically when it exists)
 * @param format the id of the format ({@code export:formats} lists them)
 * @param criteria which documents
 * @param options format options, passed to the exporter as they are
 */
public record ExportRequest(Path out, String format, SelectionCriteria criteria, Map<String, String> options) {

    public ExportRequest {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(format, "format");
        format = format.strip();
        criteria = criteria == null ? SelectionCriteria.all() : criteria;
        options = options == null ? Map.of() : Map.copyOf(options);
    }
}
