package org.vigie.report.pdf.internal.section;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.vigie.entities.api.Entity;
import org.vigie.report.api.Briefing;

/**
 * How many independent sources cite an entity, when the selection holds copies of one dispatch
 * (which count once); without copies, the entity's document count, at no extra cost. The
 * entity's documents come from the index's doc values (no mention is loaded); counts are kept, so
 * ranking entities and then listing them reads each entity's documents once.
 */
final class IndependentSources {
    private final Briefing briefing;
    private final boolean copies;
    private final Map<String, Integer> counted = new HashMap<>();
    /** The selected documents, when the selection is not the whole corpus. */
    private Set<String> selected;

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
            Set<String> documents = new HashSet<>(briefing.entities().documents(key));
            if (!briefing.selection().wholeCorpus()) {
                selected = selected == null ? Set.copyOf(briefing.selection().ids()) : selected;
                documents.retainAll(selected);
            }
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
