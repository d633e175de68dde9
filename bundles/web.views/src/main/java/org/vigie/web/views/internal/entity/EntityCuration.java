package org.vigie.web.views.internal.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vigie.curation.api.CurationException;
import org.vigie.curation.api.CurationLog;
import org.vigie.curation.api.Decision;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;

/**
 * The entity view's actions: each one decision appended to the workspace's curation log, the very
 * log {@code entities:merge}, {@code split}, {@code rename}, {@code reject} and {@code undo} write,
 * checked as those commands check them. Entities are named by key, name or alias; every bad input
 * is a {@link CurationException} with a message for the analyst.
 */
public final class EntityCuration {

    private final EntityIndex index;
    private final CurationLog log;

    public EntityCuration(EntityIndex index, CurationLog log) {
        this.index = index;
        this.log = log;
    }

    /** Makes the entities one, named {@code as} (blank: the first's name). */
    public Decision merge(List<String> names, String as, String note) {
        if (names.size() < 2) {
            throw new CurationException("choisissez au moins deux entités à fusionner");
        }
        Set<String> keys = new LinkedHashSet<>();
        List<Entity> entities = new ArrayList<>();
        for (String name : names) {
            Entity e = entity(name);
            if (!keys.add(e.key())) {
                throw new CurationException("« " + name + " » est déjà " + e.name() + " : nommez chaque entité une fois");
            }
            entities.add(e);
        }
        String kept = blank(as) ? entities.get(0).name() : as.strip();
        return log.record(Decision.ENTITY_MERGE, List.copyOf(keys), Map.of("as", kept), text(note));
    }

    /** Makes the mentions in some documents (full ids) a separate entity. */
    public Decision split(String name, List<String> documents, String note) {
        Entity e = entity(name);
        Set<String> naming = index.documents(e.key());
        Set<String> ids = new LinkedHashSet<>();
        for (String id : documents) {
            String wanted = id.strip();
            if (!naming.contains(wanted)) {
                throw new CurationException(e.name() + " n’est pas mentionné dans le document « " + wanted + " »");
            }
            ids.add(wanted);
        }
        if (ids.isEmpty()) {
            throw new CurationException("choisissez les documents qui forment l’autre entité");
        }
        if (ids.containsAll(naming)) {
            throw new CurationException("ce sont tous les documents qui nomment " + e.name() + " : renommez-la plutôt");
        }
        return log.record(Decision.ENTITY_SPLIT, List.of(e.key()), Map.of("documents", String.join(",", ids)), text(note));
    }

    public Decision rename(String name, String newName, String note) {
        Entity e = entity(name);
        if (blank(newName)) {
            throw new CurationException("donnez le nouveau nom de " + e.name());
        }
        return log.record(Decision.ENTITY_RENAME, List.of(e.key()), Map.of("name", newName.strip()), text(note));
    }

    /** Says the name is no entity, everywhere or (a full document id) in one document. */
    public Decision reject(String name, String document, String note) {
        Entity e = entity(name);
        if (blank(document)) {
            return log.record(Decision.ENTITY_REJECT, List.of(e.key()), Map.of(), text(note));
        }
        if (!index.documents(e.key()).contains(document.strip())) {
            throw new CurationException(e.name() + " n’est pas mentionné dans le document « " + document.strip() + " »");
        }
        return log.record(Decision.ENTITY_REJECT, List.of(e.key()), Map.of("document", document.strip()), text(note));
    }

    /** Undoes the newest decision in force; empty when there is none. */
    public List<Decision> undo(String note) {
        if (log.inForce().isEmpty()) {
            throw new CurationException("aucune décision en vigueur à annuler");
        }
        return log.undo(1, text(note));
    }

    private Entity entity(String name) {
        if (blank(name)) {
            throw new CurationException("dites de quelle entité il s’agit : son nom, un alias ou sa clé");
        }
        return index.find(name.strip()).orElseThrow(() -> new CurationException(
                "aucune entité ne s’appelle « " + name.strip() + " »"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
