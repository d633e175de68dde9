package org.vigie.export.internal.ftm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One FollowTheMoney entity as written: {@code {"id", "schema", "properties": {name: [values]}}}.
 * Blank values are not added, a value is added once, a value longer than its FtM type takes is
 * cut, properties keep the order they were first given (the same export, the same bytes).
 */
final class FtmObject {

    /** The longest value written; FtM's {@code string} type takes 1024 characters. */
    static final int MAX_LENGTH = 1000;
    /** The properties of FtM's {@code name} type written here, which take 384 characters. */
    static final Set<String> NAMES = Set.of("name", "alias", "peopleMentioned", "companiesMentioned");
    /** The properties of FtM's {@code address} type written here, which take 250 characters. */
    static final Set<String> ADDRESSES = Set.of("full", "location", "locationMentioned");

    private final String id;
    private final String schema;
    private final Map<String, Set<String>> properties = new LinkedHashMap<>();

    FtmObject(String id, String schema) {
        this.id = Objects.requireNonNull(id, "id");
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    String id() {
        return id;
    }

    String schema() {
        return schema;
    }

    /** Adds values to a property, skipping null and blank ones. */
    FtmObject add(String property, Object... values) {
        return addAll(property, Arrays.asList(values));
    }

    /** Adds values to a property, skipping null and blank ones. */
    FtmObject addAll(String property, Collection<?> values) {
        int max = NAMES.contains(property) ? 384 : ADDRESSES.contains(property) ? 250 : MAX_LENGTH;
        for (Object value : values) {
            String s = value == null ? "" : value.toString().strip();
            if (!s.isEmpty()) {
                properties.computeIfAbsent(property, p -> new LinkedHashSet<>())
                        .add(s.length() > max ? s.substring(0, max - 1) + "…" : s);
            }
        }
        return this;
    }

    /** The object as FtM's JSON form. */
    Map<String, Object> json() {
        Map<String, List<String>> props = new LinkedHashMap<>();
        properties.forEach((name, values) -> props.put(name, new ArrayList<>(values)));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("schema", schema);
        json.put("properties", props);
        return json;
    }
}
