package org.vigie.corpus.api.copies;

import java.util.Objects;

import org.vigie.corpus.api.DocumentSummary;

/**
 * A document of a {@link CopyCluster}.
 *
 * @param document the document, without its text
 * @param similarity its estimated Jaccard similarity to the cluster's original, in [0, 1] (1 for
 *     the original itself); a copy of a copy may be lower than the threshold
 */
public record Copy(DocumentSummary document, double similarity) {

    public Copy {
        Objects.requireNonNull(document, "document");
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be in [0, 1], not " + similarity);
        }
    }

    public String id() {
        return document.id();
    }
}
