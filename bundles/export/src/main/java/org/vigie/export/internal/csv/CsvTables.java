package org.vigie.export.internal.csv;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.Span;
import org.vigie.export.api.Export;

/**
 * The rows of the three CSV tables. Mentions are read one document at a time, so the memory held
 * does not grow with the selection.
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

    /** One document at a time, its mentions in text order: one index question per document. */
    void mentions(CsvWriter csv) throws IOException {
        csv.row("document", "entity", "name", "type", "text", "begin", "end", "sentence_begin", "sentence_end",
                "sentence");
        for (DocumentSummary d : export.selection().documents()) {
            Map<String, Entity> entities = new HashMap<>();
            index.document(d.id()).map(DocumentEntities::entities).orElse(List.of()).forEach(e -> entities.put(e.key(), e));
            for (Mention m : index.mentions(d.id())) {
                Entity e = entities.get(m.entityKey());
                Span s = m.sentence();
                csv.row(d.id(), m.entityKey(), e == null ? null : e.name(), m.type().name(), m.text(), m.span().begin(),
                        m.span().end(), s == null ? null : s.begin(), s == null ? null : s.end(), m.sentenceText());
            }
            csv.flush();
        }
    }
}
