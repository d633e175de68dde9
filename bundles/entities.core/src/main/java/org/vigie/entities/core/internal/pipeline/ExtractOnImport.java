package org.vigie.entities.core.internal.pipeline;

import java.util.Collection;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.CorpusListener;
import org.vigie.corpus.api.Document;
import org.vigie.entities.api.ExtractionReport;

/**
 * Keeps the entity index in step with the corpus: imported documents are extracted at once, as
 * one batch committed once (on the importer's thread, so their entities are queryable when the
 * import returns); removed documents lose their results.
 */
@Component
public class ExtractOnImport implements CorpusListener {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractOnImport.class);

    @Reference
    Pipeline pipeline;

    @Reference
    ResultStore store;

    @Override
    public void documentsAdded(List<Document> documents) {
        ExtractionReport report = pipeline.extract(documents);
        LOG.info("extracted the entities of {} imported documents: {} annotations, {} extractor failures",
                report.documents(), report.annotations(), report.failures().size());
    }

    @Override
    public void documentsRemoved(Collection<String> ids) {
        store.remove(ids);
    }
}
