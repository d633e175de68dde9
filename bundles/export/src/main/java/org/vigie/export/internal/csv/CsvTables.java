package org.vigie.export.internal.csv;

import java.io.IOException;
import java.util.List;

import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.Span;
import org.vigie.export.api.Export;

/**
 * The rows of the three CSV tables. Mentions are read one document at a time, so the memory
 * held does not grow with the selection.
 */
final class CsvTables {

    /** Separates the values of a list cell (aliases, roles, affiliations). */
    static final String LIST = " | ";

    private final Export export;
    private final EntityIndex index;

    CsvTables(Export export) {
        this.export = export;
        this.index = export.entities();
    }

    void documents(CsvWriter csv) throws IOException {
        csv.row("id", "title", "source", "url", "published", "language", "file_name", "media_type", "length");
        for (DocumentSummary d : export.selection().documents()) {
            DocumentMetadata m = d.metadata();
            csv.row(d.id(), m.title(), m.source(), m.url(), m.published(), m.language(), m.fileName(), m.mediaType(),
                    d.length());
        }
    }

    void entities(CsvWriter csv) throws IOException {
        csv.row("key", "type", "name", "aliases", "roles", "affiliations", "mentions", "documents");
        for (Entity e : index.entities(List.of(), export.selection().indexScope(), Integer.MAX_VALUE)) {
            csv.row(e.key(), e.type().name(), e.name(), String.join(LIST, e.aliases()), String.join(LIST, e.roles()),
                    String.join(LIST, e.affiliations()), e.mentions(), e.documents());
        }
    }

    void mentions(CsvWriter csv) throws IOException {
        csv.row("document", "entity", "name", "type", "text", "begin", "end", "sentence_begin", "sentence_end",
                "sentence");
        for (DocumentSummary d : export.selection().documents()) {
            List<Entity> entities = index.document(d.id()).map(DocumentEntities::entities).orElse(List.of());
            for (Entity e : entities) {
                for (Mention m : index.mentions(e.key(), List.of(d.id()), Integer.MAX_VALUE)) {
                    Span s = m.sentence();
                    csv.row(d.id(), e.key(), e.name(), e.type().name(), m.text(), m.span().begin(), m.span().end(),
                            s == null ? null : s.begin(), s == null ? null : s.end(), m.sentenceText());
                }
            }
            csv.flush();
        }
    }
}
