package org.vigie.corpus.api.copies;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Reads the clusters of near-duplicate documents the corpus store found at import. */
@ProviderType
public interface CorpusCopies {

    /** Every cluster of two or more documents, ordered by their original's publication date. */
    List<CopyCluster> clusters();

    /** The cluster holding the document (by full id), empty when the document has no copy. */
    Optional<CopyCluster> clusterOf(String id);

    /** The least estimated Jaccard similarity (of 5-word shingle sets) at which two documents are copies. */
    double threshold();
}
