package org.vigie.entities.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Keeps the entity index in agreement with the corpus: every stored document has results, and no
 * result outlives its document. The index records the corpus revision it last agreed with, so
 * whether a check is needed is known without reading either index.
 */
@ProviderType
public interface EntityIndexCheck {

    /**
     * Whether the entity index last agreed with the corpus as it is now (compares two recorded
     * revisions; reads no document).
     *
     * @throws ExtractionException when the entity index cannot be used (e.g. a newer layout)
     */
    boolean agrees();

    /**
     * Compares the ids of the stored documents with those of the stored results, extracts the
     * documents that have none, drops the results whose document is gone, commits, and records
     * the corpus revision when all is repaired. An interrupt stops it at the next document; what
     * was done stays.
     *
     * @param progress told after each document extracted; may be {@code null}
     * @throws ExtractionException when the entity index cannot be written or committed
     */
    CheckReport check(ExtractionProgress progress);
}
