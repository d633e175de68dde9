package org.vigie.report.pdf.internal.section;

import java.util.Set;
import java.util.stream.Collectors;

import org.vigie.entities.api.Entity;
import org.vigie.entities.api.Mention;
import org.vigie.report.api.Briefing;

/**
 * How many independent sources cite an entity, when the selection holds copies of one dispatch
 * (which count once); without copies, the entity's document count, at no extra cost.
 */
final class IndependentSources {
    /** Mentions read at most to count an entity's sources. */
    private static final int MENTIONS = 20_000;

    private final Briefing briefing;
    private final boolean copies;

    IndependentSources(Briefing briefing) {
        this.briefing = briefing;
        this.copies = briefing.citations().independent(briefing.selection().ids()) < briefing.selection().size();
    }

    String header() {
        return copies ? "Sources" : "Documents";
    }

    /** A sentence for the section's note when copies are counted once, else nothing. */
    String note() {
        return copies ? " La colonne « Sources » compte les sources indépendantes : les copies d’une même dépêche "
                + "comptent pour une." : "";
    }

    int of(Entity entity) {
        if (!copies) {
            return entity.documents();
        }
        Set<String> documents = briefing.entities().mentions(entity.key(), briefing.selection().indexScope(), MENTIONS)
                .stream().map(Mention::documentId).collect(Collectors.toSet());
        return briefing.citations().independent(documents);
    }
}
