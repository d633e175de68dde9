package org.vigie.export.internal.ftm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.entities.api.Mention;

/**
 * Vigie's entities as FtM entities: PERSON as {@code Person} (name, alias, position from the
 * roles, nationality from the affiliations that are countries), ORGANIZATION as
 * {@code Organization} or {@code PublicBody} ({@link PublicBodies}; country from the mentions'
 * {@link Features#COUNTRY}), a LOCATION that is not a country as {@code Address} (a country is
 * written as {@code country} values instead, see {@link Countries}), EVENT as {@code Event}
 * ({@link EventFacts}), LAW as {@code Document} (FtM has no schema for a legal instrument; a law
 * is a document known by its title). Other types (a plugin's) are not written.
 */
final class EntityObjects {

    private final EntityIndex index;
    private final Collection<String> scope;
    private final Countries countries;
    private final EventFacts events;

    EntityObjects(EntityIndex index, Collection<String> scope, Countries countries) {
        this.index = index;
        this.scope = scope;
        this.countries = countries;
        this.events = new EventFacts(index, scope, countries);
    }

    /** The FtM entity of an entity, or empty for a country (a property value) or a type FtM cannot hold. */
    Optional<FtmObject> of(Entity e) {
        String id = FtmIds.entity(e.key());
        EntityType type = e.type();
        if (type.equals(EntityType.PERSON)) {
            return Optional.of(named(id, "Person", e).addAll("position", e.roles())
                    .addAll("nationality", e.affiliations().stream().map(countries::ofName).flatMap(Optional::stream).toList()));
        }
        if (type.equals(EntityType.ORGANIZATION)) {
            List<String> codes = organizationCountries(e.key());
            return Optional.of(named(id, PublicBodies.is(names(e), !codes.isEmpty()) ? "PublicBody" : "Organization", e)
                    .addAll("country", codes));
        }
        if (type.equals(EntityType.LOCATION)) {
            if (countries.of(e).isPresent()) {
                return Optional.empty();
            }
            FtmObject address = named(id, "Address", e).add("full", e.name());
            countries.ofSubdivision(e).ifPresent(code -> address.add("state", e.name()).add("country", code));
            return Optional.of(address);
        }
        if (type.equals(EntityType.EVENT)) {
            return Optional.of(events.add(named(id, "Event", e), e));
        }
        if (type.equals(EntityType.LAW)) {
            return Optional.of(named(id, "Document", e).add("title", e.name()).add("fileName", e.name()));
        }
        return Optional.empty();
    }

    /** Whether {@link #of} writes an entity for this one (a country place or an unknown type: no). */
    boolean writes(Entity e) {
        return EntityType.CORE.contains(e.type()) && !countries.of(e).isPresent();
    }

    private static FtmObject named(String id, String schema, Entity e) {
        return new FtmObject(id, schema).add("name", e.name()).addAll("alias", e.aliases());
    }

    private static List<String> names(Entity e) {
        List<String> names = new ArrayList<>(e.aliases());
        names.add(0, e.name());
        return names;
    }

    private List<String> organizationCountries(String key) {
        return index.mentions(key, scope, Countries.MENTIONS_READ).stream().map(Mention::features)
                .map(f -> f.get(Features.COUNTRY)).filter(Objects::nonNull).distinct()
                .map(countries::ofName).flatMap(Optional::stream).distinct().toList();
    }
}
