package org.vigie.entities.core.internal;

import java.util.Collection;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.CorpusListener;
import org.vigie.corpus.api.Document;
import org.vigie.entities.api.ExtractionPipeline;
import org.vigie.entities.api.ExtractionResult;

/**
 * Keeps the entity index in step with the corpus: imported documents are extracted at once (on
 * the importer's thread, so their entities are queryable when the import returns), removed
 * documents lose their results.
 */
@Component
public class ExtractOnImport implements CorpusListener {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractOnImport.class);

    @Reference
    ExtractionPipeline pipeline;

    @Reference
    ResultStore store;

    @Override
    public void documentsAdded(List<Document> documents) {
        int failed = 0;
        for (Document document : documents) {
            try {
                ExtractionResult result = pipeline.extract(document);
                failed += result.failed() ? 1 : 0;
            } catch (RuntimeException e) {
                failed++;
                LOG.error("cannot extract the entities of imported document {}", document.id(), e);
            }
        }
        LOG.info("extracted entities of {} imported documents ({} with an extractor failure)", documents.size(), failed);
    }

    @Override
    public void documentsRemoved(Collection<String> ids) {
        store.remove(ids);
    }
}
