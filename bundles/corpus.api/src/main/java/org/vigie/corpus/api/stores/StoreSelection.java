package org.vigie.corpus.api.stores;

import org.osgi.annotation.versioning.ProviderType;
import org.vigie.corpus.api.CorpusException;

/**
 * Switches the workbench's corpus store while it runs, and keeps the choice in the workspace for
 * the next start.
 */
@ProviderType
public interface StoreSelection {

    /** The store chosen now. */
    StoreChoice active();

    /** The OpenSearch cluster last chosen or copied to in this workspace, or null. */
    StoreChoice lastCluster();

    /**
     * Makes {@code choice} the active store: checks it first (a cluster must answer and not be
     * red), then retires the active store before the new one registers, so no consumer ever sees
     * two; returns once the new one is registered.
     *
     * @throws CorpusException in one line when the target is unreachable, red, refuses the
     *         credentials, or does not come up; the active store is then unchanged
     */
    void use(StoreChoice choice);

    /** The active store, its health and its document count. */
    StoreStatus status();

    /**
     * Copies every document of the active store into {@code target} (the other kind) in
     * batches, skipping those already there, then compares both sides.
     *
     * @throws CorpusException when the target is unreachable or refuses a batch; what was
     *         acknowledged stays, and running the copy again resumes
     */
    CopyReport copy(StoreChoice target, CopyProgress progress);
}
