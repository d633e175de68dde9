package org.vigie.shell.internal.command;

import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vigie.corpus.api.CorpusStore;
import org.vigie.curation.api.Decision;
import org.vigie.curation.api.SourceGrades;
import org.vigie.shell.internal.format.JsonLines;
import org.vigie.shell.internal.format.Table;

/**
 * {@code corpus:grades}: the grades in force, sources then documents, each with the decision that
 * gave it (who, when, why). The grade is the one {@link SourceGrades} applies; the newest decision
 * per source or document says who gave it.
 */
final class GradeRows {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private GradeRows() {
    }

    /** The newest grading decision in force per source (case-insensitively) and per document, sources first. */
    static List<Decision> inForce(List<Decision> decisions) {
        Map<String, Decision> newest = new LinkedHashMap<>();
        for (Decision d : decisions) {
            boolean grade = d.action().equals(Decision.SOURCE_GRADE) || d.action().equals(Decision.DOCUMENT_GRADE);
            if (grade && !d.targets().isEmpty()) {
                newest.put(d.action() + "\u0000" + d.targets().get(0).toLowerCase(Locale.ROOT), d);
            }
        }
        List<Decision> rows = new ArrayList<>(newest.values());
        rows.sort(Comparator.comparing((Decision d) -> d.action().equals(Decision.DOCUMENT_GRADE))
                .thenComparing(d -> d.targets().get(0).toLowerCase(Locale.ROOT)));
        return rows;
    }

    static void print(PrintStream out, List<Decision> rows, SourceGrades grades, CorpusStore store, boolean json) {
        if (json) {
            JsonLines lines = new JsonLines(out);
            rows.forEach(d -> lines.write(fields(d, grades)));
            return;
        }
        Table table = new Table("GRADED", "GRADE", "BY", "WHEN", "NOTE").maxWidth(0, 48).maxWidth(4, 50);
        rows.forEach(d -> table.row(graded(d, store), grade(d, grades), d.by(), WHEN.format(d.at()), d.note()));
        table.print(out);
        out.println(rows.isEmpty() ? "no grades yet: corpus:grade SOURCE A-F, or corpus:grade --document ID 1-6"
                : rows.size() + " grade" + (rows.size() == 1 ? "" : "s") + " in force");
    }

    private static Map<String, Object> fields(Decision d, SourceGrades grades) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(isSource(d) ? "source" : "document", d.targets().get(0));
        fields.put("grade", grade(d, grades));
        fields.put("by", d.by());
        fields.put("at", d.at().toString());
        fields.put("note", d.note());
        fields.put("decision", d.id());
        return fields;
    }

    private static String graded(Decision d, CorpusStore store) {
        if (isSource(d)) {
            return d.targets().get(0);
        }
        String id = d.targets().get(0);
        String title = store.get(id).map(doc -> doc.metadata().title()).orElse(null);
        return "document " + id.substring(0, Math.min(12, id.length())) + (title == null ? "" : " " + title);
    }

    /** The grade applied, which is the decision's own unless the grades service says otherwise. */
    private static String grade(Decision d, SourceGrades grades) {
        String target = d.targets().get(0);
        if (grades != null) {
            String applied = isSource(d) ? grades.reliability(target).orElse(null)
                    : grades.credibility(target).isPresent() ? Integer.toString(grades.credibility(target).getAsInt()) : null;
            if (applied != null) {
                return applied;
            }
        }
        return d.argument("grade");
    }

    private static boolean isSource(Decision d) {
        return d.action().equals(Decision.SOURCE_GRADE);
    }
}
