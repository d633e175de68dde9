package org.vigie.export.internal.stix;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.report.api.Selection;

/**
 * The {@code report} objects: one per document (its title, publication date, language, source URL,
 * and the objects of the entities it names), and one for the whole selection, written last, that
 * lists every object of the bundle and links every source URL.
 */
final class Reports {

    private static final DateTimeFormatter STIX_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final List<String> TYPES = List.of("threat-report");

    private final StixWriter out;

    Reports(StixWriter out) {
        this.out = out;
    }

    /**
     * The time of every object: the newest of the selection's import times and publication dates,
     * so that the same selection exports byte for byte the same, and a later import is a later
     * modification. The epoch for an empty selection.
     */
    static String timestamp(Selection selection) {
        Instant newest = Instant.EPOCH;
        for (DocumentSummary d : selection.documents()) {
            Instant when = when(d.metadata(), Instant.EPOCH);
            Instant imported = d.metadata().imported();
            newest = max(max(newest, when), imported == null ? newest : imported);
        }
        return time(newest);
    }

    static String time(Instant instant) {
        return STIX_TIME.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** One document's report, naming the objects of its entities (at least one). */
    void document(DocumentSummary d, List<String> objectRefs) throws IOException {
        DocumentMetadata m = d.metadata();
        out.begin("report", out.ids().id("report", d.id()));
        out.field("name", firstOf(m.title(), m.fileName(), d.id()));
        out.field("published", time(when(m, Instant.parse(out.timestamp()))));
        out.list("report_types", TYPES);
        if (!DocumentMetadata.UNKNOWN_LANGUAGE.equals(m.language())) {
            out.field("lang", m.language());
        }
        out.startReferences();
        out.reference(firstOf(m.source(), "vigie"), m.url(), d.id(), m.title());
        out.endList();
        out.list("object_refs", objectRefs);
        out.field("x_vigie_document", d.id());
        out.end();
    }

    /** The selection's report: lists every object written before it and every document's URL. */
    void selection(Selection selection, String id, Map<String, Integer> leftOut) throws IOException {
        List<String> refs = List.copyOf(out.written());
        out.begin("report", id);
        out.field("name", "Vigie: " + selection.scope());
        out.field("published", out.timestamp());
        out.list("report_types", TYPES);
        out.field("description", description(selection, leftOut));
        List<DocumentSummary> linked = selection.documents().stream().filter(d -> d.metadata().url() != null).toList();
        if (!linked.isEmpty()) {
            out.startReferences();
            for (DocumentSummary d : linked) {
                out.reference(firstOf(d.metadata().source(), "vigie"), d.metadata().url(), d.id(), d.metadata().title());
            }
            out.endList();
        }
        out.list("object_refs", refs);
        out.end();
    }

    private static String description(Selection selection, Map<String, Integer> leftOut) {
        String s = "Exported by Vigie from " + selection.size() + (selection.size() == 1 ? " document" : " documents")
                + " (" + selection.scope() + ").";
        return leftOut.isEmpty() ? s : s + " Left out: " + leftOut.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")) + ".";
    }

    private static Instant when(DocumentMetadata m, Instant otherwise) {
        LocalDate published = m.published();
        return published != null ? published.atStartOfDay(ZoneOffset.UTC).toInstant()
                : m.imported() != null ? m.imported() : otherwise;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
