package org.vigie.report.pdf.internal.section;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.vigie.entities.api.Entity;
import org.vigie.entities.api.Mention;
import org.vigie.report.api.Briefing;

/**
 * How many independent sources cite an entity, when the selection holds copies of one dispatch
 * (which count once); without copies, the entity's document count, at no extra cost. Counts are
 * kept, so ranking entities and then listing them reads each entity's mentions once.
 */
final class IndependentSources {
    /** Mentions read at most to count an entity's sources. */
    private static final int MENTIONS = 20_000;

    private final Briefing briefing;
    private final boolean copies;
    private final Map<String, Integer> counted = new HashMap<>();

    IndependentSources(Briefing briefing) {
        this.briefing = briefing;
        this.copies = briefing.citations().independent(briefing.selection().ids()) < briefing.selection().size();
    }

    String header() {
        return copies ? "Sources" : "Documents";
    }

    /** What the ranking counts first, in the section's note: documents, or independent sources. */
    String counts() {
        return copies ? "sources indépendantes" : "documents";
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
        return counted.computeIfAbsent(entity.key(), key -> {
            Set<String> documents = briefing.entities().mentions(key, briefing.selection().indexScope(), MENTIONS)
                    .stream().map(Mention::documentId).collect(Collectors.toSet());
            return briefing.citations().independent(documents);
        });
    }

    /** Salience: sources citing the entity (copies once), then mentions, then name. */
    Comparator<Entity> salience() {
        return Comparator.comparingInt((Entity e) -> of(e)).reversed()
                .thenComparing(Comparator.comparingInt(Entity::mentions).reversed()).thenComparing(Entity::name);
    }

    /**
     * The entity index scope with the copies left out (each dispatch read once, in the document
     * it is cited as), so that sentences repeated by copies count once; the selection's own scope
     * when it holds no copies.
     */
    Collection<String> withoutCopies() {
        if (!copies) {
            return briefing.selection().indexScope();
        }
        return briefing.selection().ids().stream().filter(id -> briefing.citations().source(id).equals(id)).toList();
    }
}
