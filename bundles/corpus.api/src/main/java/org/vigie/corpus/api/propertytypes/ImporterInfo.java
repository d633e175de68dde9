package org.vigie.corpus.api.propertytypes;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * An importer as its service properties describe it ({@link ImporterService}): the one reader of
 * those properties, beside the annotation that writes them.
 *
 * @param id its id, e.g. {@code html}
 * @param mediaTypes the media types it reads
 */
public record ImporterInfo(String id, Set<String> mediaTypes) {

    /** Property {@code vigie.importer.id}. */
    public static final String ID = "vigie.importer.id";
    /** Property {@code vigie.importer.mediaTypes}. */
    public static final String MEDIA_TYPES = "vigie.importer.mediaTypes";

    public ImporterInfo {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an importer needs an id");
        }
        mediaTypes = Set.copyOf(mediaTypes);
    }

    /**
     * Reads an importer's service properties.
     *
     * @throws IllegalArgumentException in one line naming the service and what it lacks, when
     *         {@value #ID} is missing
     */
    public static ImporterInfo of(Map<String, ?> properties) {
        Object id = properties.get(ID);
        if (!(id instanceof String name) || name.isBlank()) {
            throw new IllegalArgumentException("importer service " + properties.get("service.id") + " has no " + ID
                    + " (@ImporterService)");
        }
        return new ImporterInfo(name, strings(properties.get(MEDIA_TYPES)));
    }

    private static Set<String> strings(Object value) {
        Set<String> strings = new LinkedHashSet<>();
        if (value instanceof String one) {
            strings.add(one);
        } else if (value instanceof String[] many) {
            strings.addAll(Arrays.asList(many));
        } else if (value instanceof Collection<?> many) {
            many.forEach(v -> strings.add(String.valueOf(v)));
        }
        return strings;
    }
}
