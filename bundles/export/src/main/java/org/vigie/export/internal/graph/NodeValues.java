package org.vigie.export.internal.graph;

import java.util.LinkedHashMap;
import java.util.Map;

import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.entities.api.Entity;

/**
 * The attribute values of a node ({@link EntityGraph#NODE}), cleaned for XML; a document without
 * url, date or source has no such value.
 */
final class NodeValues {

    /** Separates the aliases in the {@code aliases} attribute, as in the CSV export. */
    static final String LIST = " | ";

    private NodeValues() {
    }

    static Map<String, Object> of(Entity e) {
        return values("entity", e.type().name(), e.key(), "aliases", XmlText.clean(String.join(LIST, e.aliases())),
                "mentions", e.mentions(), "documents", e.documents());
    }

    static Map<String, Object> of(DocumentSummary d) {
        DocumentMetadata m = d.metadata();
        Map<String, Object> values = values("document", "DOCUMENT", d.id());
        put(values, "url", m.url());
        put(values, "published", m.published());
        put(values, "source", m.source());
        return values;
    }

    /** A document's label: its title, or its id when untitled. */
    static String label(DocumentSummary d) {
        String title = d.metadata().title();
        return title == null || title.isBlank() ? d.id() : title;
    }

    private static Map<String, Object> values(String kind, String type, String key, Object... more) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", kind);
        values.put("type", XmlText.clean(type));
        values.put("key", XmlText.clean(key));
        for (int i = 0; i < more.length; i += 2) {
            values.put((String) more[i], more[i + 1]);
        }
        return values;
    }

    private static void put(Map<String, Object> values, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            values.put(name, XmlText.clean(value.toString()));
        }
    }
}
