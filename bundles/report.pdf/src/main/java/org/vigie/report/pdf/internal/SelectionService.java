package org.vigie.report.pdf.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.entities.api.EntityIndex;
import org.vigie.report.api.DocumentSelection;
import org.vigie.report.api.Selection;
import org.vigie.report.api.SelectionCriteria;

/**
 * The briefing's document selection offered to other bundles (exports): the same
 * {@link DocumentSelector}, with the same {@code maxDocuments} as the briefing service.
 */
@Component(service = DocumentSelection.class, configurationPid = "org.vigie.report")
public class SelectionService implements DocumentSelection {

    @Reference
    CorpusStore store;

    @Reference
    EntityIndex index;

    private int maxDocuments;

    @Activate
    void activate(WhiteboardBriefingService.Config config) {
        this.maxDocuments = config.maxDocuments();
    }

    @Override
    public Selection select(SelectionCriteria criteria) {
        return new DocumentSelector(store, index, maxDocuments).select(criteria);
    }
}
