package org.vigie.export.api;

import java.util.Map;

/**
 * An export format as its {@link Exporter}'s service properties declare it.
 *
 * @param id the format's id, as given to {@code export:write --format}
 * @param mediaType the media type of what it writes, e.g. {@code application/zip}
 * @param extension the file name extension, without the dot, e.g. {@code zip}
 * @param description one line saying what it writes and what opens it
 * @param bundle the symbolic name of the bundle that provides it ({@code unknown} until known)
 */
public record ExporterInfo(String id, String mediaType, String extension, String description, String bundle) {

    /** The service property holding the format's id. */
    public static final String ID = "vigie.exporter.id";
    /** The service property holding the media type. */
    public static final String MEDIA_TYPE = "vigie.exporter.mediaType";
    /** The service property holding the file extension. */
    public static final String EXTENSION = "vigie.exporter.extension";
    /** The service property holding the description (optional). */
    public static final String DESCRIPTION = "vigie.exporter.description";

    /**
     * The format declared by the service properties of an {@code Exporter} (see {@link
     * org.vigie.export.api.propertytypes.ExporterService}), with no bundle known yet. The one
     * reader of those properties: the export service, the contribution describer, tests and
     * plugins all build the record here.
     *
     * @throws IllegalArgumentException naming the first required property that is missing or
     *         blank ({@code id}, {@code mediaType} and {@code extension} are required)
     */
    public static ExporterInfo of(Map<String, Object> properties) {
        String id = required(properties, ID);
        String mediaType = required(properties, MEDIA_TYPE);
        String extension = required(properties, EXTENSION);
        if (extension.startsWith(".")) {
            extension = extension.substring(1);
        }
        Object description = single(properties.get(DESCRIPTION));
        return new ExporterInfo(id, mediaType, extension, description == null ? "" : String.valueOf(description).strip(),
                "unknown");
    }

    /** The properties that {@link #of(Map)} reads back as this format. */
    public Map<String, Object> properties() {
        return Map.of(ID, id, MEDIA_TYPE, mediaType, EXTENSION, extension, DESCRIPTION, description);
    }

    /** This format as provided by {@code bundle}. */
    public ExporterInfo with(String bundle) {
        return new ExporterInfo(id, mediaType, extension, description, bundle);
    }

    private static String required(Map<String, Object> properties, String key) {
        Object value = single(properties.get(key));
        if (!(value instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException("missing property " + key);
        }
        return s.strip();
    }

    /** A property's value, unwrapped when given as an array of one, as DS and plugins may give it. */
    private static Object single(Object value) {
        return value instanceof Object[] array && array.length == 1 ? array[0] : value;
    }
}
