package org.vigie.report.api;

import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;

import org.osgi.annotation.versioning.ProviderType;
import org.vigie.corpus.api.DocumentSummary;

/**
 * The citation numbers of one briefing. Numbers are given in order of first citation, so the
 * first document cited is [1]; the sources section lists them in that order.
 * <p>
 * Copies of one dispatch (syndicated copies, see {@code org.vigie.corpus.api.copies}) are one
 * source: a copy is cited under the number of its {@link #source(String) source}, the earliest
 * published of its cluster in the selection, and the briefing says "repris par N" with
 * {@link #copies(String)}.
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

    /**
     * The document a citation of this one stands for: the earliest published of its copies in the
     * selection, or itself when it has none.
     *
     * @since 2.1.0
     */
    default String source(String documentId) {
        return documentId;
    }

    /**
     * The selected copies a source stands for, in order of publication (empty for a copy or a
     * document without copies): a citation of it is "repris par {@code copies.size()}".
     *
     * @since 2.1.0
     */
    default List<DocumentSummary> copies(String documentId) {
        return List.of();
    }

    /**
     * The number of independent sources among these documents: copies of one dispatch count once.
     *
     * @since 2.1.0
     */
    default int independent(Collection<String> documentIds) {
        return (int) documentIds.stream().map(this::source).distinct().count();
    }
}
