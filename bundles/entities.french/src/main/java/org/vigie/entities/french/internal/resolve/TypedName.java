package org.vigie.entities.french.internal.resolve;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.french.internal.scan.Candidate;

/**
 * A name of one type, the key under which {@link Coreference} gathers mentions: the name is a
 * value or a folded form, as each step says.
 *
 * @param type the candidates' type
 * @param name the value or folded name
 */
public record TypedName(EntityType type, String name) {

    static TypedName of(Candidate c, String name) {
        return new TypedName(c.type, name);
    }
}
