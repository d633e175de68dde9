package org.vigie.shell.internal.command;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.corpus.api.SearchHit;
import org.vigie.shell.internal.format.Table;
import org.vigie.shell.internal.format.TerminalText;

/** How the corpus commands show documents, hits and counts: JSON fields, short ids, tables. */
final class CorpusRows {
    private static final int SHORT_ID = 12;

    private CorpusRows() {
    }

    static Map<String, Object> fields(DocumentSummary document) {
        DocumentMetadata meta = document.metadata();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", document.id());
        line.put("file", meta.path() != null ? meta.path() : meta.fileName());
        line.put("title", meta.title());
        line.put("source", meta.source());
        line.put("url", meta.url());
        line.put("published", meta.published() == null ? null : meta.published().toString());
        line.put("lang", meta.language());
        return line;
    }

    static Map<String, Object> fields(SearchHit hit) {
        Map<String, Object> line = fields(hit.document());
        line.put("score", hit.score());
        line.put("snippet", hit.snippet());
        return line;
    }

    static void printCounts(String header, Map<String, Long> counts) {
        Table table = new Table(header, "DOCUMENTS").maxWidth(0, 50);
        counts.forEach(table::row);
        System.out.println();
        table.print(System.out);
    }

    /** Largest counts first, or in key order (months). */
    static Map<String, Long> sorted(Map<String, Long> counts, boolean byKey) {
        Comparator<Map.Entry<String, Long>> order = byKey ? Map.Entry.comparingByKey()
                : Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(order).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** A window of the snippet that keeps its first [[mark]] in view. */
    static String around(String snippet, int width) {
        String line = snippet == null ? "" : snippet;
        int mark = line.indexOf("[[");
        if (line.length() <= width || mark < width / 3) {
            return line;
        }
        int begin = Math.min(mark - width / 3, line.length() - width + 1);
        return "…" + line.substring(begin);
    }

    static String shortId(String id) {
        return id.length() <= SHORT_ID ? id : id.substring(0, SHORT_ID);
    }

    /** A labelled line of metadata, its value on one line with control characters escaped. */
    static void printIfSet(PrintStream out, String label, Object value) {
        if (value != null) {
            out.println(label + TerminalText.line(value));
        }
    }
}
