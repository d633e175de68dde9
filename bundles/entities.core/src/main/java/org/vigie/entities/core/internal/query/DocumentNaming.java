package org.vigie.entities.core.internal.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vigie.entities.api.Entity;
import org.vigie.entities.core.internal.curation.Curation;
import org.vigie.entities.core.internal.layout.IndexFields.EntityData;

/**
 * One document's entities as the corpus names them and the analyst curated them: entity documents
 * the analyst merged become one entity, rejected ones none, and each carries its corpus-wide or
 * given name with this document's spellings as aliases.
 */
final class DocumentNaming {

    /** One curated entity's parts in the document, in order of appearance. */
    private record Parts(String key, List<EntityData> data) {
    }

    private final CorpusNames names;
    private final Curation curation;
    private final Map<String, Parts> byKey = new LinkedHashMap<>();

    DocumentNaming(CorpusNames names, Curation curation) {
        this.names = names;
        this.curation = curation;
    }

    /** Adds an entity document under its curated key (null: rejected, left out). */
    void add(String key, EntityData data) {
        if (key != null) {
            byKey.computeIfAbsent(key, k -> new Parts(k, new ArrayList<>())).data().add(data);
        }
    }

    List<Entity> entities() {
        return byKey.values().stream().map(this::entity).toList();
    }

    private Entity entity(Parts parts) {
        EntityData first = parts.data().get(0);
        String given = curation.nameOf(parts.key());
        String name = given != null ? given : names.of(parts.key(), first.name());
        Set<String> aliases = new LinkedHashSet<>();
        Set<String> roles = new LinkedHashSet<>();
        Set<String> affiliations = new LinkedHashSet<>();
        int mentions = 0;
        for (EntityData data : parts.data()) {
            aliases.addAll(data.aliases());
            aliases.add(data.name()); // this document's spelling, when the corpus names the entity otherwise
            roles.addAll(data.roles());
            affiliations.addAll(data.affiliations());
            mentions += data.mentions().size();
        }
        aliases.remove(name);
        return new Entity(parts.key(), EntityQueries.typeOf(parts.key()), name, List.copyOf(aliases), List.copyOf(roles),
                List.copyOf(affiliations), mentions, 1);
    }
}
