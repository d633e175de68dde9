package org.vigie.entities.api;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * An extractor as the pipeline sees it.
 *
 * @param id its id
 * @param version its version
 * @param types the types it produces
 * @param languages the languages it handles (empty: all)
 * @param bundle the symbolic name of the bundle that provides it
 * @param failures how many of its runs failed since it was registered
 * @param lastFailure its last failure, or {@code null}
 */
public record ExtractorInfo(String id, String version, Set<EntityType> types, Set<String> languages,
        String bundle, long failures, String lastFailure) {

    /** The service property holding the extractor's id. */
    public static final String ID = "vigie.extractor.id";
    /** The service property holding the extractor's version. */
    public static final String VERSION = "vigie.extractor.version";
    /** The service property holding the names of the types it produces. */
    public static final String TYPES = "vigie.extractor.types";
    /** The service property holding the languages it handles (absent or empty: all). */
    public static final String LANGUAGES = "vigie.extractor.languages";

    public ExtractorInfo {
        types = Set.copyOf(types);
        languages = Set.copyOf(languages);
    }

    /**
     * The extractor declared by the service properties of an {@code EntityExtractor} (see
     * {@link org.vigie.entities.api.propertytypes.ExtractorService}), with no bundle known yet
     * ({@code unknown}) and no failure. The one reader of those properties: the pipeline, the
     * contribution describer, tests and plugins all build the record here.
     *
     * @throws IllegalArgumentException naming the first required property that is missing or
     *         not valid ({@code id}, {@code version} and {@code types} are required)
     */
    public static ExtractorInfo of(Map<String, Object> properties) {
        String id = required(properties, ID);
        String version = required(properties, VERSION);
        Set<String> typeNames = strings(properties.get(TYPES));
        if (typeNames.isEmpty()) {
            throw new IllegalArgumentException("missing property " + TYPES);
        }
        Set<EntityType> types = new LinkedHashSet<>();
        for (String name : typeNames) {
            try {
                types.add(EntityType.of(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("property " + TYPES + " has a bad type name: " + name);
            }
        }
        return new ExtractorInfo(id, version, types, strings(properties.get(LANGUAGES)), "unknown", 0, null);
    }

    /** The properties that {@link #of(Map)} reads back as this extractor's id, version, types and languages. */
    public Map<String, Object> properties() {
        return Map.of(ID, id, VERSION, version, TYPES, types.stream().map(EntityType::name).sorted().toArray(String[]::new),
                LANGUAGES, languages.stream().sorted().toArray(String[]::new));
    }

    /** This extractor as provided by {@code bundle}, with its failures so far. */
    public ExtractorInfo with(String bundle, long failures, String lastFailure) {
        return new ExtractorInfo(id, version, types, languages, bundle, failures, lastFailure);
    }

    private static String required(Map<String, Object> properties, String key) {
        Object value = properties.get(key);
        if (value instanceof String[] array && array.length == 1) {
            value = array[0];
        }
        if (!(value instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException("missing property " + key);
        }
        return s.strip();
    }

    /** A property given as one string, a string array or a collection, as DS and plugins may give it. */
    private static Set<String> strings(Object value) {
        Collection<?> values = value == null ? Set.of()
                : value instanceof Object[] array ? Arrays.asList(array)
                : value instanceof Collection<?> c ? c : Set.of(value);
        Set<String> out = new LinkedHashSet<>();
        for (Object v : values) {
            String s = String.valueOf(v).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
