package org.vigie.report.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Resolves {@link SelectionCriteria} to the documents they choose, in the stable briefing order.
 * The one implementation of the selection options: the briefing service and the exporters both
 * select through it, so {@code report:brief} and {@code export:write} choose the same documents.
 */
@ProviderType
public interface DocumentSelection {

    /**
     * The documents the criteria choose.
     *
     * @throws ReportException when the criteria cannot be met (e.g. an entity the index does not know)
     */
    Selection select(SelectionCriteria criteria);
}
