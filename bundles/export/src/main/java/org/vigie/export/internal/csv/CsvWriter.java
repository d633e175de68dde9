package org.vigie.export.internal.csv;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes RFC 4180 rows: fields separated by commas, rows ended by CRLF, a field quoted when it
 * holds a comma, a quote, CR or LF, quotes doubled. A field a spreadsheet would take for a
 * formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR) is prefixed with a
 * single quote, as OWASP recommends against CSV injection. Does not buffer rows: each is written
 * as it comes.
 */
final class CsvWriter {

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes one row. {@code null} fields are written empty. */
    void row(Object... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields[i]));
        }
        out.write("\r\n");
    }

    void flush() throws IOException {
        out.flush();
    }

    /** A field as written: neutralised, then quoted when needed. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof Number ? value.toString() : neutralised(value.toString());
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** A text cell that no spreadsheet evaluates as a formula. Numbers are written as they are. */
    static String neutralised(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }
}
