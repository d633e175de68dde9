package org.vigie.web.api;

import java.util.Map;

/**
 * A view as its {@link WorkbenchView}'s service properties declare it.
 *
 * @param id a short stable id, e.g. {@code recherche}
 * @param title the label of the navigation's entry, in French
 * @param order the entry's place in the navigation, smallest first
 * @param path the path of the view's page, starting with {@code /}
 * @param menu whether the navigation lists it (a view that needs an argument, such as one
 *        document, is reached through links instead)
 */
public record ViewInfo(String id, String title, int order, String path, boolean menu) {

    /** The service property holding the view's id. */
    public static final String ID = "vigie.view.id";
    /** The service property holding the title. */
    public static final String TITLE = "vigie.view.title";
    /** The service property holding the menu order (an integer; 100 when absent). */
    public static final String ORDER = "vigie.view.order";
    /** The service property holding the path. */
    public static final String PATH = "vigie.view.path";
    /** The service property saying whether the view is in the menu (true when absent). */
    public static final String MENU = "vigie.view.menu";

    public ViewInfo {
        if (!path.startsWith("/") || path.contains("..") || path.contains("?") || path.contains("#")) {
            throw new IllegalArgumentException("view " + id + ": path must start with / and hold no '..', '?' or '#': " + path);
        }
    }

    /**
     * The view declared by the service properties of a {@code WorkbenchView}. The one reader of
     * those properties.
     *
     * @throws IllegalArgumentException naming the first property that is missing or wrong
     */
    public static ViewInfo of(Map<String, Object> properties) {
        String id = required(properties, ID);
        String title = required(properties, TITLE);
        String path = required(properties, PATH);
        Object order = single(properties.get(ORDER));
        Object menu = single(properties.get(MENU));
        int place;
        try {
            place = order == null ? 100 : order instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(order).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("view " + id + ": " + ORDER + " is not an integer: " + order, e);
        }
        return new ViewInfo(id, title, place, path, menu == null || Boolean.parseBoolean(String.valueOf(menu)));
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
