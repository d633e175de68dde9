package org.vigie.export.internal.ftm;

import java.util.List;
import java.util.Optional;

import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;

/**
 * A document as an FtM {@code Article} (when it has a publisher or an address: a piece of media)
 * or {@code Document}, and the {@code Documentation} that links it to each entity it names. The
 * document carries what Aleph facets and searches on: title, publisher, sourceUrl, publishedAt,
 * language, fileName, mimeType, the countries it names ({@code country}) and the names of the
 * people, organisations and places it names ({@code peopleMentioned}, {@code companiesMentioned},
 * {@code locationMentioned}).
 */
final class DocumentObjects {

    private final Countries countries;

    DocumentObjects(Countries countries) {
        this.countries = countries;
    }

    FtmObject document(DocumentSummary d, List<Entity> named) {
        DocumentMetadata m = d.metadata();
        String title = m.title() == null || m.title().isBlank() ? m.fileName() : m.title();
        String fileName = m.fileName() == null || m.fileName().isBlank() ? title : m.fileName();
        boolean article = m.source() != null && !m.source().isBlank() || m.url() != null && !m.url().isBlank();
        FtmObject doc = new FtmObject(FtmIds.document(d.id()), article ? "Article" : "Document")
                .add("name", title == null ? d.id() : title).add("title", title).add("fileName", fileName == null ? d.id() : fileName)
                .add("mimeType", m.mediaType()).add("publisher", m.source()).add("publishedAt", m.published())
                .add("language", Languages.ftm(m.language()).orElse(null));
        if (m.url() != null && m.url().matches("(?i)https?://\\S+")) {
            doc.add("sourceUrl", m.url());
        }
        for (Entity e : named) {
            Optional<String> country = countries.of(e);
            if (country.isPresent()) {
                doc.add("country", country.get());
            } else if (e.type().equals(EntityType.PERSON)) {
                doc.add("peopleMentioned", e.name());
            } else if (e.type().equals(EntityType.ORGANIZATION)) {
                doc.add("companiesMentioned", e.name());
            } else if (e.type().equals(EntityType.LOCATION)) {
                doc.add("locationMentioned", e.name());
            }
        }
        return doc;
    }

    /**
     * The link between a document and an entity it names: role {@code mentioned}, the first
     * sentence that names it as {@code summary}, the document's publication date as {@code date}.
     */
    static FtmObject documentation(DocumentSummary d, Entity e, Optional<Mention> first) {
        return new FtmObject(FtmIds.documentation(d.id(), e.key()), "Documentation")
                .add("document", FtmIds.document(d.id())).add("entity", FtmIds.entity(e.key())).add("role", "mentioned")
                .add("summary", first.map(Mention::sentenceText).orElse(null)).add("date", d.metadata().published());
    }
}
