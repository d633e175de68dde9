package org.vigie.corpus.api;

import java.util.Objects;

/**
 * A document's id and metadata without its text, as listings and search hits carry it.
 *
 * @param id the document id
 * @param metadata its metadata
 * @param length the length of its normalised text in chars
 */
public record DocumentSummary(String id, DocumentMetadata metadata, int length) {

    public DocumentSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(metadata, "metadata");
    }
}
