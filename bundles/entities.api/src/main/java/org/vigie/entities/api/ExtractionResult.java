package org.vigie.entities.api;

import java.util.List;

/**
 * The merged annotations of one document and how each extractor fared.
 *
 * @param documentId the document
 * @param annotations the merged annotations, in text order
 * @param runs one entry per extractor run on it
 */
public record ExtractionResult(String documentId, List<Annotation> annotations, List<ExtractorRun> runs) {

    public ExtractionResult {
        annotations = List.copyOf(annotations);
        runs = List.copyOf(runs);
    }

    public boolean failed() {
        return runs.stream().anyMatch(r -> r.error() != null);
    }
}
