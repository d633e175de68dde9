package org.vigie.report.api;

import java.util.List;
import java.util.OptionalInt;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The citation numbers of one briefing. Numbers are given in order of first citation, so the
 * first document cited is [1]; the sources section lists them in that order.
 */
@ProviderType
public interface Citations {

    /**
     * The citation number of a selected document, given now if it had none.
     *
     * @throws ReportException when the document is not in the selection
     */
    int cite(String documentId);

    /** The number of a document already cited, or empty. */
    OptionalInt number(String documentId);

    /** The documents cited so far, in citation order. */
    List<SelectedDocument> cited();

    /**
     * The grade the analyst gave a selected document and its source, {@link Grade#NONE} when none:
     * the layout writes it in every citation ({@code [3 · B2]}), the sections may say it.
     *
     * @since 2.1
     */
    default Grade grade(String documentId) {
        return Grade.NONE;
    }
}
