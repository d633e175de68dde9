package org.vigie.entities.api;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A named, open kind of annotation. Names are upper case ASCII ({@code PERSON},
 * {@code INDICATOR}); two types are equal when their names are.
 */
public record EntityType(String name) {

    public static final EntityType PERSON = new EntityType("PERSON");
    public static final EntityType ORGANIZATION = new EntityType("ORGANIZATION");
    public static final EntityType LOCATION = new EntityType("LOCATION");
    public static final EntityType EVENT = new EntityType("EVENT");
    public static final EntityType LAW = new EntityType("LAW");
    /** A calendar date; {@code value} is ISO ({@code 2025-10-26} or {@code 2025-10}) or null. */
    public static final EntityType DATE = new EntityType("DATE");
    /** A quantity with its unit ({@code 100 000 cas}, {@code 36%}). */
    public static final EntityType QUANTITY = new EntityType("QUANTITY");

    /** The five core entity types. */
    public static final Set<EntityType> CORE = Set.of(PERSON, ORGANIZATION, LOCATION, EVENT, LAW);

    public EntityType {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("entity type names are upper case: " + name);
        }
    }

    /** The type of this name, case-insensitively. */
    public static EntityType of(String name) {
        return new EntityType(name.trim().toUpperCase(Locale.ROOT));
    }

    /** Whether this type names things (as opposed to DATE and QUANTITY, which annotate text). */
    public boolean isEntity() {
        return !equals(DATE) && !equals(QUANTITY);
    }

    // written out: the record's generated equals goes through a method handle, and extraction and
    // indexing compare types millions of times (2.6 % of an import's CPU, docs/BENCHMARKS.md)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof EntityType type && name.equals(type.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
