package org.vigie.export.internal.stix;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.vigie.corpus.api.DocumentSummary;
import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.export.api.Export;
import org.vigie.export.api.ExportException;
import org.vigie.report.api.Selection;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes one STIX 2.1 bundle for a selection, streaming its {@code objects}: the TLP marking, the
 * entities' objects, one report per document, one {@code related-to} relationship per pair of
 * entities named in the same sentences (the count in {@code description} and
 * {@code x_vigie_sentences}), and last the selection's report listing them all.
 */
final class StixBundle {

    private final Selection selection;
    private final EntityIndex index;
    private final Collection<String> scope;
    private final TlpMarking marking;

    StixBundle(Export export, TlpMarking marking) {
        this.selection = export.selection();
        this.index = export.entities();
        this.scope = selection.indexScope();
        this.marking = marking;
    }

    void write(JsonGenerator json) throws IOException {
        StixWriter out = new StixWriter(json, Reports.timestamp(selection), marking);
        json.writeStartObject();
        json.writeStringField("type", "bundle");
        json.writeStringField("id", named(out.ids().add("bundle").add(marking == null ? "" : marking.label()))
                .finish("bundle"));
        json.writeArrayFieldStart("objects");
        if (marking != null) {
            marking.write(json);
        }
        EntityObjects entities = new EntityObjects(index, scope, out, Places.standard());
        for (Entity e : index.entities(List.of(), scope, Integer.MAX_VALUE)) {
            entities.write(e);
        }
        out.flush();
        documents(out, entities);
        relationships(out, entities);
        if (out.written().isEmpty()) {
            throw new ExportException("nothing to write in STIX: the " + selection.size()
                    + " selected documents name no person, organisation, place or indicator");
        }
        new Reports(out).selection(selection, named(out.ids().add("selection")).finish("report"), entities.leftOut());
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }

    /** One report per document naming at least one written object; the others are counted. */
    private void documents(StixWriter out, EntityObjects entities) throws IOException {
        Reports reports = new Reports(out);
        for (DocumentSummary d : selection.documents()) {
            List<String> refs = new ArrayList<>();
            for (Entity e : index.document(d.id()).map(DocumentEntities::entities).orElse(List.of())) {
                entities.id(e.key()).filter(id -> !refs.contains(id)).ifPresent(refs::add);
            }
            if (refs.isEmpty()) {
                entities.leftOut().merge("documents naming nothing exported, linked from this report only", 1,
                        Integer::sum);
                continue;
            }
            reports.document(d, refs);
            out.flush();
        }
    }

    private void relationships(StixWriter out, EntityObjects entities) throws IOException {
        for (CoOccurrence c : index.coOccurrences(scope, Integer.MAX_VALUE)) {
            Optional<String> first = entities.id(c.first().key());
            Optional<String> second = entities.id(c.second().key());
            if (first.isEmpty() || second.isEmpty()) {
                continue;
            }
            boolean ordered = c.first().key().compareTo(c.second().key()) <= 0;
            String source = ordered ? first.get() : second.get();
            String target = ordered ? second.get() : first.get();
            String id = out.ids().add("related-to").add(ordered ? c.first().key() : c.second().key())
                    .add(ordered ? c.second().key() : c.first().key()).finish("relationship");
            out.begin("relationship", id);
            out.field("relationship_type", "related-to");
            out.field("source_ref", source);
            out.field("target_ref", target);
            out.field("description", "Named in the same sentence " + c.sentences()
                    + (c.sentences() == 1 ? " time." : " times."));
            out.field("x_vigie_sentences", c.sentences());
            out.end();
        }
    }

    /** Adds the selection's document ids to a name. */
    private StixIds named(StixIds ids) {
        for (DocumentSummary d : selection.documents()) {
            ids.add(d.id());
        }
        return ids;
    }
}
