package org.vigie.shell.internal.command;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vigie.corpus.api.CorpusStats;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.corpus.api.SearchHit;
import org.vigie.corpus.api.SearchResult;
import org.vigie.shell.internal.format.Human;
import org.vigie.shell.internal.format.Table;
import org.vigie.shell.internal.format.TerminalText;

/** How the corpus commands show documents, hits and counts: JSON fields, tables, summary lines. */
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

    /** {@code corpus:stats --json}: totals and counts by source, language and month. */
    static Map<String, Object> fields(CorpusStats stats) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("documents", stats.documents());
        line.put("characters", stats.characters());
        line.put("bySource", sorted(stats.bySource(), false));
        line.put("byLanguage", sorted(stats.byLanguage(), false));
        line.put("byMonth", sorted(stats.byMonth(), true));
        return line;
    }

    /** The table of {@code corpus:list}. */
    static Table documents(List<DocumentSummary> page) {
        Table table = new Table("ID", "PUBLISHED", "LANG", "SOURCE", "TITLE", "FILE").maxWidth(3, 20).maxWidth(4, 60)
                .maxWidth(5, 30);
        page.forEach(d -> table.row(shortId(d.id()), d.metadata().published(), d.metadata().language(),
                d.metadata().source(), d.metadata().title(), d.metadata().fileName()));
        return table;
    }

    /** The last line of {@code corpus:list}: which documents were shown of how many. */
    static String listed(int shown, int offset, long count) {
        return shown == 0 ? "no documents from " + (offset + 1) + ", " + count + " in the corpus"
                : "documents " + (offset + 1) + "-" + (offset + shown) + " of " + count;
    }

    /** The table of {@code corpus:search}, when there are hits. */
    static void printHits(PrintStream out, List<SearchHit> hits) {
        Table table = hits(hits);
        if (!table.isEmpty()) {
            table.print(out);
        }
    }

    private static Table hits(List<SearchHit> hits) {
        Table table = new Table("SCORE", "ID", "PUBLISHED", "SOURCE", "TITLE", "SNIPPET").maxWidth(3, 16)
                .maxWidth(4, 40).maxWidth(5, 90);
        hits.forEach(hit -> table.row(String.format(Locale.ROOT, "%.2f", hit.score()), shortId(hit.document().id()),
                hit.document().metadata().published(), hit.document().metadata().source(),
                hit.document().metadata().title(), around(hit.snippet(), 90)));
        return table;
    }

    /** The last line of {@code corpus:search}: how many documents match, how many are shown. */
    static String matches(SearchResult result, String query) {
        return Human.count(result.totalHits(), "document matches", "documents match") + " '" + TerminalText.line(query)
                + "'" + (result.hits().size() < result.totalHits() ? ", " + result.hits().size() + " shown" : "");
    }

    /** {@code corpus:stats}: the totals line, then a table by source, language and month. */
    static void print(PrintStream out, CorpusStats stats) {
        out.println(Human.count(stats.documents(), "document", "documents") + ", "
                + Human.count(stats.characters(), "character", "characters") + " of text");
        printCounts(out, "SOURCE", sorted(stats.bySource(), false));
        printCounts(out, "LANGUAGE", sorted(stats.byLanguage(), false));
        printCounts(out, "MONTH", sorted(stats.byMonth(), true));
    }

    private static void printCounts(PrintStream out, String header, Map<String, Long> counts) {
        Table table = new Table(header, "DOCUMENTS").maxWidth(0, 50);
        counts.forEach(table::row);
        out.println();
        table.print(out);
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
}
