package org.vigie.export.internal.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.Span;
import org.vigie.export.api.Export;

/**
 * The rows of the three CSV tables. Mentions are read {@value #PAGE} documents at a time, so the
 * memory held does not grow with the selection.
 */
final class CsvTables {

    /** Separates the values of a list cell (aliases, roles, affiliations). */
    static final String LIST = " | ";
    /** Documents whose mentions are read together; what is held at a time. */
    static final int PAGE = 50;

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
        List<DocumentSummary> documents = export.selection().documents();
        for (int from = 0; from < documents.size(); from += PAGE) {
            List<DocumentSummary> page = documents.subList(from, Math.min(documents.size(), from + PAGE));
            mentions(csv, page);
            csv.flush();
        }
    }

    /**
     * One page of documents: each entity of the page asked for its mentions in the page's documents
     * once (not once per document: the index answers a question for many documents about as fast
     * as for one), then written document by document, in the order of the index's answers.
     */
    private void mentions(CsvWriter csv, List<DocumentSummary> page) throws IOException {
        Map<String, List<Entity>> entities = new LinkedHashMap<>();
        Map<String, Set<String>> documentsOf = new LinkedHashMap<>();
        for (DocumentSummary d : page) {
            List<Entity> found = index.document(d.id()).map(DocumentEntities::entities).orElse(List.of());
            entities.put(d.id(), found);
            found.forEach(e -> documentsOf.computeIfAbsent(e.key(), k -> new LinkedHashSet<>()).add(d.id()));
        }
        Map<String, List<Mention>> mentions = new HashMap<>();
        documentsOf.forEach((key, ids) -> index.mentions(key, ids, Integer.MAX_VALUE)
                .forEach(m -> mentions.computeIfAbsent(m.documentId() + "\n" + key, k -> new ArrayList<>()).add(m)));
        for (Map.Entry<String, List<Entity>> document : entities.entrySet()) {
            for (Entity e : document.getValue()) {
                for (Mention m : mentions.getOrDefault(document.getKey() + "\n" + e.key(), List.of())) {
                    Span s = m.sentence();
                    csv.row(document.getKey(), e.key(), e.name(), e.type().name(), m.text(), m.span().begin(),
                            m.span().end(), s == null ? null : s.begin(), s == null ? null : s.end(), m.sentenceText());
                }
            }
        }
    }
}
