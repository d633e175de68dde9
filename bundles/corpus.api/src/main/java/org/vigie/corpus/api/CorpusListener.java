package org.vigie.corpus.api;

import java.util.Collection;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told when documents enter or leave the corpus (whiteboard), e.g. to extract entities on
 * import. Called after the store has committed (additions by the corpus importer, removals by
 * the store itself), on the import's thread for additions (while the importer stores its next
 * batch) and on the thread that made the change for removals; a listener that throws is logged
 * and does not undo the change.
 */
@ConsumerType
public interface CorpusListener {

    /** New documents were stored. */
    void documentsAdded(List<Document> documents);

    /** Documents were removed. */
    default void documentsRemoved(Collection<String> ids) {
    }
}
