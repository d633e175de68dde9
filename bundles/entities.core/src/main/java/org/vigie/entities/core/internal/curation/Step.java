package org.vigie.entities.core.internal.curation;

import org.vigie.curation.api.Decision;

/** What one decision does to the key of one entity document. */
enum Step {
    /** The key is unchanged (a rename, the first target of a merge, a document a split leaves). */
    STAY,
    /** The key changes: a merge, a retype, a document a split moves. */
    MOVE,
    /** Not an entity here: a reject. */
    DROP,
    /** It depends on the document, and none was given. */
    DEPENDS;

    static Step of(Decision d, String key, String documentId) {
        switch (d.action()) {
            case Decision.ENTITY_MERGE:
                return key.equals(d.targets().get(0)) ? STAY : MOVE;
            case Decision.ENTITY_RETYPE:
                return MOVE;
            case Decision.ENTITY_SPLIT:
                return documentId == null ? DEPENDS : Actions.documents(d).contains(documentId) ? MOVE : STAY;
            case Decision.ENTITY_REJECT:
                String only = Actions.rejectedIn(d);
                return only == null ? DROP : documentId == null ? DEPENDS : only.equals(documentId) ? DROP : STAY;
            default:
                return STAY;
        }
    }

    String apply(Decision d, String key) {
        return switch (this) {
            case MOVE -> Actions.moved(d, key);
            case DROP -> Curation.rejectedKey();
            default -> key;
        };
    }
}
