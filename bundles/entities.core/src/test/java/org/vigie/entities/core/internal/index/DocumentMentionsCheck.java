package org.vigie.entities.core.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.Mention;

/**
 * Checks that an index's one-read answer to {@link EntityIndex#mentions(String)} is what asking
 * for each of the document's entities gives: the same mentions, keys and sentences, in text order.
 */
final class DocumentMentionsCheck {

    private DocumentMentionsCheck() {
    }

    /** Asserts the agreement and returns the document's mentions. */
    static List<Mention> agree(EntityIndex index, String documentId) {
        List<Mention> expected = new ArrayList<>();
        for (Entity e : index.document(documentId).map(DocumentEntities::entities).orElse(List.of())) {
            expected.addAll(index.mentions(e.key(), List.of(documentId), 0));
        }
        expected.sort(Comparator.comparingInt((Mention m) -> m.span().begin()).thenComparingInt(m -> m.span().end()));
        List<Mention> answered = index.mentions(documentId);
        assertEquals(expected, answered, documentId);
        return answered;
    }
}
