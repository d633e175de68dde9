package org.vigie.entities.api;

/**
 * One extractor's run on one document.
 *
 * @param extractorId the extractor
 * @param version its version
 * @param annotations how many annotations it returned
 * @param millis time taken
 * @param error why it failed or timed out, one line, or {@code null}
 */
public record ExtractorRun(String extractorId, String version, int annotations, long millis, String error) {
}
