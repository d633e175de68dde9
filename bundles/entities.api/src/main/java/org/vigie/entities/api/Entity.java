package org.vigie.entities.api;

import java.util.List;
import java.util.Objects;

/**
 * A resolved real-world thing.
 *
 * @param key a stable key (type and folded canonical name)
 * @param type its type
 * @param name the canonical name: the fullest accented form seen
 * @param aliases the other surface forms seen
 * @param roles for a PERSON, the titles seen, most frequent first
 * @param affiliations for a PERSON, the organisations or countries of the roles
 * @param mentions how many mentions
 * @param documents in how many documents
 */
public record Entity(String key, EntityType type, String name, List<String> aliases, List<String> roles,
        List<String> affiliations, int mentions, int documents) {

    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        affiliations = List.copyOf(affiliations);
    }
}
