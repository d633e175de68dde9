package org.vigie.shell.internal.command;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.copies.Copy;
import org.vigie.corpus.api.copies.CopyCluster;
import org.vigie.shell.internal.format.Table;

/** How {@code corpus:duplicates} and {@code corpus:show} show a cluster of copies. */
final class CopyRows {

    private CopyRows() {
    }

    /** One cluster: the original first, then its copies with their similarity to it. */
    static Table table(CopyCluster cluster) {
        Table table = new Table("", "ID", "PUBLISHED", "SOURCE", "SIMILARITY", "TITLE").maxWidth(3, 24).maxWidth(5, 60);
        for (Copy copy : cluster.members()) {
            DocumentMetadata meta = copy.document().metadata();
            boolean original = copy.equals(cluster.original());
            table.row(original ? "original" : "  copy", CorpusRows.shortId(copy.id()), meta.published(), meta.source(),
                    original ? "" : similarity(copy), meta.title());
        }
        return table;
    }

    /** The lines {@code corpus:show} adds for a document with copies: its original, or its copies. */
    static void print(PrintStream out, String id, Optional<CopyCluster> cluster) {
        cluster.ifPresent(c -> {
            String label = "copies     ";
            if (!c.original().id().equals(id)) {
                c.copies().stream().filter(copy -> copy.id().equals(id)).findFirst().ifPresent(self ->
                        out.println("copy of    " + line(c.original()) + ", similarity " + similarity(self)));
                label = "also       ";
            }
            for (Copy copy : c.copies()) {
                if (!copy.id().equals(id)) {
                    out.println(label + line(copy) + ", similarity " + similarity(copy));
                    label = "           ";
                }
            }
        });
    }

    private static String line(Copy copy) {
        DocumentMetadata meta = copy.document().metadata();
        return CorpusRows.shortId(copy.id()) + "  " + (meta.source() == null ? "unknown source" : meta.source())
                + (meta.published() == null ? "" : "  " + meta.published());
    }

    /** {@code corpus:duplicates --json}: the original's fields, and its copies' with their similarity. */
    static Map<String, Object> fields(CopyCluster cluster) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("original", CorpusRows.fields(cluster.original().document()));
        List<Map<String, Object>> copies = cluster.copies().stream().map(copy -> {
            Map<String, Object> fields = CorpusRows.fields(copy.document());
            fields.put("similarity", Math.round(copy.similarity() * 100) / 100.0);
            return fields;
        }).toList();
        line.put("copies", copies);
        return line;
    }

    private static String similarity(Copy copy) {
        return String.format(Locale.ROOT, "%.2f", copy.similarity());
    }
}
