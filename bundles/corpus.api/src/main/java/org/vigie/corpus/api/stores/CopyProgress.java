package org.vigie.corpus.api.stores;

import org.osgi.annotation.versioning.ConsumerType;

/** Told as a copy goes; called on the copying thread, which it may interrupt to stop the copy. */
@ConsumerType
@FunctionalInterface
public interface CopyProgress {
    /** {@code done} of {@code total} documents of the source are now in the target. */
    void copied(long done, long total);
}
