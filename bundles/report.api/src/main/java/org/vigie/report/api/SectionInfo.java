package org.vigie.report.api;

import java.util.Map;

/**
 * A section as the briefing service offers it.
 *
 * @param id its id, as given to {@code --sections}
 * @param title its title
 * @param order its place in the briefing (lower first)
 * @param headed whether its title is shown as a heading (a cover's is not)
 * @param bundle the symbolic name of the bundle that provides it
 */
public record SectionInfo(String id, String title, int order, boolean headed, String bundle) {

    /** The service property holding the section's id. */
    public static final String ID = "vigie.section.id";
    /** The service property holding the section's title. */
    public static final String TITLE = "vigie.section.title";
    /** The service property holding the section's order (an integer). */
    public static final String ORDER = "vigie.section.order";
    /** The service property saying whether the title is shown as a heading (absent: true). */
    public static final String HEADED = "vigie.section.headed";

    /** A headed section. */
    public SectionInfo(String id, String title, int order, String bundle) {
        this(id, title, order, true, bundle);
    }

    /**
     * The section declared by the service properties of a {@code BriefingSection} (see
     * {@link org.vigie.report.api.propertytypes.BriefingSectionService}), with no bundle known yet
     * ({@code unknown}). The one reader of those properties: the briefing service, the
     * contribution describer, tests and plugins all build the record here.
     *
     * @throws IllegalArgumentException naming the first required property that is missing or
     *         not valid ({@code id}, {@code title} and {@code order} are required)
     */
    public static SectionInfo of(Map<String, Object> properties) {
        String id = required(properties, ID);
        String title = required(properties, TITLE);
        Object order = single(properties.get(ORDER));
        int place;
        try {
            place = order instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(order).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(order == null ? "missing property " + ORDER
                    : "property " + ORDER + " is not an integer: " + order);
        }
        Object headed = single(properties.get(HEADED));
        return new SectionInfo(id, title, place, headed == null || Boolean.parseBoolean(String.valueOf(headed).strip()),
                "unknown");
    }

    /** The properties that {@link #of(Map)} reads back as this section's id, title, order and headed flag. */
    public Map<String, Object> properties() {
        return Map.of(ID, id, TITLE, title, ORDER, order, HEADED, headed);
    }

    /** This section as provided by {@code bundle}. */
    public SectionInfo with(String bundle) {
        return new SectionInfo(id, title, order, headed, bundle);
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
