package org.vigie.corpus.api;

import java.util.Objects;

/**
 * An article in the corpus: an immutable text plus metadata.
 *
 * @param id the content hash of {@code text} (lower-case hex SHA-256 prefix)
 * @param text the normalised text entities are extracted from (NFC, page furniture removed)
 * @param rawText the text as read from the file, so nothing is lost
 * @param metadata title, outlet, dates and provenance
 */
public record Document(String id, String text, String rawText, DocumentMetadata metadata) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        rawText = rawText == null ? text : rawText;
    }

    /** The document without its texts, for listings. */
    public DocumentSummary summary() {
        return new DocumentSummary(id, metadata, text.length());
    }
}
