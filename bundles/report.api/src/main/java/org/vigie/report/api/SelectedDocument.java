package org.vigie.report.api;

import java.util.Objects;

import org.vigie.corpus.api.DocumentSummary;

/**
 * A selected document with its citation number.
 *
 * @param citation its number in this briefing ([n])
 * @param document the document
 */
public record SelectedDocument(int citation, DocumentSummary document) {

    public SelectedDocument {
        Objects.requireNonNull(document, "document");
        if (citation < 1) {
            throw new IllegalArgumentException("citation numbers start at 1: " + citation);
        }
    }
}
