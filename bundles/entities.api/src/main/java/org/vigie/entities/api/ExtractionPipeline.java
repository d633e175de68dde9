package org.vigie.entities.api;

import java.util.Collection;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.vigie.corpus.api.Document;

/**
 * Runs every active {@link EntityExtractor} on documents, isolates a failing or slow one (its
 * error is recorded, the others' results are kept), merges overlapping results and stores them
 * in the workspace with the extractor versions, replacing any earlier result for the document.
 */
@ProviderType
public interface ExtractionPipeline {

    /** Extracts and stores the entities of one document. */
    ExtractionResult extract(Document document);

    /**
     * Extracts and stores the entities of stored documents.
     *
     * @param documentIds the documents; empty means the whole corpus
     * @param progress told after each document; may be {@code null}
     */
    ExtractionReport extract(Collection<String> documentIds, ExtractionProgress progress);

    /** The extractors the pipeline would run now, highest ranking first. */
    List<ExtractorInfo> extractors();
}
