package org.vigie.entities.api;

import org.osgi.annotation.versioning.ConsumerType;

/** Told after each document of an extraction run. */
@ConsumerType
@FunctionalInterface
public interface ExtractionProgress {
    void documentDone(ExtractionResult result, int done, int total);
}
