package org.vigie.ris.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.export.api.Export;
import org.vigie.export.api.Exporter;
import org.vigie.export.api.propertytypes.ExporterService;

/**
 * The selection's sources as an RIS citation list: one reference per document, in the
 * selection's order, tagged with the names it mentions most. Zotero, EndNote, Mendeley and
 * JabRef import it. Streams: one document's entities at a time.
 */
@Component(service = Exporter.class)
@ExporterService(id = "ris", mediaType = "application/x-research-info-systems", extension = "ris",
        description = "the sources as an RIS citation list (Zotero, EndNote, Mendeley)")
public class RisExporter implements Exporter {

    /** The most mentioned names of a document written as keywords. */
    static final int KEYWORDS = 10;
    private static final Comparator<Entity> MOST_MENTIONED = Comparator.comparingInt(Entity::mentions).reversed()
            .thenComparing(Entity::name);

    @Override
    public void write(Export export, OutputStream out) throws IOException {
        RisWriter ris = new RisWriter(out);
        for (DocumentSummary document : export.selection().documents()) {
            List<Entity> entities = export.entities().document(document.id()).map(DocumentEntities::entities)
                    .orElse(List.of());
            reference(ris, document, entities);
        }
        ris.flush();
    }

    private static void reference(RisWriter ris, DocumentSummary document, List<Entity> entities) throws IOException {
        DocumentMetadata m = document.metadata();
        ris.tag("TY", m.source() == null ? "ELEC" : "NEWS");
        ris.tag("TI", m.title() != null ? m.title() : m.fileName() != null ? m.fileName() : document.id());
        ris.tag("T2", m.source());
        if (m.published() != null) {
            ris.tag("PY", String.format(Locale.ROOT, "%04d", m.published().getYear()));
            ris.tag("DA", String.format(Locale.ROOT, "%04d/%02d/%02d/", m.published().getYear(), m.published().getMonthValue(),
                    m.published().getDayOfMonth()));
        }
        ris.tag("UR", m.url());
        ris.tag("LA", DocumentMetadata.UNKNOWN_LANGUAGE.equals(m.language()) ? null : m.language());
        for (Entity e : entities.stream().sorted(MOST_MENTIONED).limit(KEYWORDS).toList()) {
            ris.tag("KW", e.name());
        }
        ris.tag("ID", document.id());
        ris.end();
    }
}
