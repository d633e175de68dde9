package org.vigie.corpus.api;

import org.osgi.annotation.versioning.ConsumerType;

/** Told about each file of an import as it is done. */
@ConsumerType
@FunctionalInterface
public interface ImportProgress {

    /**
     * @param outcome what happened to the file
     * @param done files done so far, this one included
     * @param total files in the import
     */
    void fileDone(FileOutcome outcome, int done, int total);
}
