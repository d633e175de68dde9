package org.vigie.entities.api;

import java.util.List;

/**
 * The outcome of extracting a set of documents.
 *
 * @param documents documents processed
 * @param annotations annotations stored
 * @param failures one line per extractor failure ("extractor X failed on DOC: reason")
 * @param millis wall time taken
 */
public record ExtractionReport(int documents, long annotations, List<String> failures, long millis) {

    public ExtractionReport {
        failures = List.copyOf(failures);
    }
}
