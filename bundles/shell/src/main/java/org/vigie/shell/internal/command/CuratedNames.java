package org.vigie.shell.internal.command;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.vigie.curation.api.CurationException;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.NameKey;
import org.vigie.shell.internal.format.TerminalText;

/**
 * What the curation commands are given, resolved as {@code entities:show} resolves it: an entity
 * by its name, an alias or its key (case and accents optional), a document by its id or the
 * 12-character prefix the commands show, among the documents naming the entity.
 */
final class CuratedNames {

    private CuratedNames() {
    }

    static Entity entity(EntityIndex index, String name) {
        String wanted = name == null ? "" : name.strip();
        if (wanted.isEmpty()) {
            throw new CurationException("say which entity: give its name, an alias or its key");
        }
        return index.find(wanted).orElseThrow(() -> new CurationException(
                "no entity is named '" + TerminalText.line(wanted) + "': see entities:list for the names known"));
    }

    /** The entities named, each once; two names of one entity are refused. */
    static List<Entity> entities(EntityIndex index, String... names) {
        List<Entity> entities = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            Entity e = entity(index, name);
            if (!keys.add(e.key())) {
                throw new CurationException("'" + TerminalText.line(name) + "' is already " + TerminalText.line(e.name())
                        + ": name each entity once");
            }
            entities.add(e);
        }
        return entities;
    }

    /** The full id of a document naming {@code entity}, given its id or a prefix of it. */
    static String document(EntityIndex index, Entity entity, String id) {
        String wanted = id.strip();
        List<String> matching = index.documents(entity.key()).stream().filter(d -> d.startsWith(wanted)).toList();
        if (wanted.isEmpty() || matching.isEmpty()) {
            throw new CurationException(TerminalText.line(entity.name()) + " is not mentioned in document '"
                    + TerminalText.line(wanted) + "': see entities:show " + TerminalText.line(entity.name()));
        }
        if (matching.size() > 1) {
            throw new CurationException("document '" + TerminalText.line(wanted) + "' is ambiguous: "
                    + matching.size() + " documents naming " + TerminalText.line(entity.name()) + " start so");
        }
        return matching.get(0);
    }

    /** Whether a decision's target is this entity: its key, or a key made from its name or an alias. */
    static boolean concerns(String target, Entity entity) {
        if (target.equals(entity.key())) {
            return true;
        }
        String folded = target.substring(target.indexOf(':') + 1);
        return NameKey.fold(entity.name()).equals(folded)
                || entity.aliases().stream().anyMatch(a -> NameKey.fold(a).equals(folded));
    }

    /** Whether a decision's target names this (folded) text, for an entity the log knows but the index does not. */
    static boolean concerns(String target, String name) {
        String folded = NameKey.fold(name.strip());
        return target.equals(name) || target.substring(target.indexOf(':') + 1).equals(folded);
    }
}
