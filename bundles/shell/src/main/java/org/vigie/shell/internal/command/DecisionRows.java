package org.vigie.shell.internal.command;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.vigie.curation.api.Decision;
import org.vigie.entities.api.CurationReport;
import org.vigie.shell.internal.format.Table;

/** How the curation commands show decisions: one line each, a history table, JSON. */
final class DecisionRows {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private DecisionRows() {
    }

    /** The first 8 characters of the id, as the commands show it. */
    static String shortId(Decision d) {
        return d.id().substring(0, Math.min(8, d.id().length()));
    }

    /** {@code merge LAW:a + LAW:b as "Name"}: what a decision does, in one line. */
    static String what(Decision d) {
        String targets = String.join(" + ", d.targets());
        String arguments = d.arguments().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + quoted(e.getValue())).collect(Collectors.joining(", "));
        String action = d.action().startsWith("entity.") ? d.action().substring("entity.".length()) : d.action();
        return action + " " + targets + (arguments.isEmpty() ? "" : ", " + arguments);
    }

    private static String quoted(String value) {
        return value.contains(" ") ? "\"" + value + "\"" : value;
    }

    /** The status of a decision: in force, undone (by whom), or in force but on entities gone. */
    static String status(Decision d, Set<String> undone, CurationReport report) {
        if (d.action().equals(Decision.UNDO)) {
            return "";
        }
        if (undone.contains(d.id())) {
            return "undone";
        }
        List<String> gone = report.stale().get(d.id());
        return gone == null ? "in force" : "stale: " + String.join(", ", gone) + " no longer extracted";
    }

    static Table table(List<Decision> decisions, Set<String> undone, CurationReport report) {
        Table table = new Table("ID", "WHEN", "BY", "DECISION", "STATUS", "NOTE").maxWidth(3, 70).maxWidth(4, 48)
                .maxWidth(5, 40);
        for (Decision d : decisions) {
            table.row(shortId(d), WHEN.format(d.at()), d.by(), what(d),
                    status(d, undone, report), d.note());
        }
        return table;
    }

    static Map<String, Object> json(Decision d, String status) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", d.id());
        row.put("at", d.at().toString());
        row.put("by", d.by());
        row.put("action", d.action());
        row.put("targets", d.targets());
        row.put("arguments", d.arguments());
        row.put("note", d.note());
        row.put("status", status);
        return row;
    }
}
