package org.vigie.export.internal.graph;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.export.api.Export;
import org.vigie.export.api.ExportException;
import org.vigie.export.internal.graph.GraphSink.Attribute;

/**
 * The selection as a graph: one node per entity, an edge per pair of entities sharing sentences
 * (weight: the sentences), and with the option {@code with-documents} one node per document and
 * an edge from a document to each entity it names (weight: the mentions there). Holds the
 * selection's entity keys and co-occurring pairs (what the index answers in one call), and one
 * document's entities at a time.
 */
final class EntityGraph {

    private static final Logger LOG = LoggerFactory.getLogger(EntityGraph.class);

    /** The option adding document nodes: {@code --with-documents}, or {@code with-documents=true}. */
    static final String WITH_DOCUMENTS = "with-documents";
    /** Separates the aliases in the {@code aliases} attribute, as in the CSV export. */
    static final String LIST = " | ";

    static final List<Attribute> NODE = List.of(new Attribute("kind", false), new Attribute("type", false),
            new Attribute("key", false), new Attribute("aliases", false), new Attribute("mentions", true),
            new Attribute("documents", true), new Attribute("url", false), new Attribute("published", false),
            new Attribute("source", false));
    static final List<Attribute> EDGE = List.of(new Attribute("relation", false));

    private final Export export;
    private final EntityIndex index;
    private final boolean withDocuments;

    EntityGraph(Export export) {
        this.export = export;
        this.index = export.entities();
        this.withDocuments = flag(export.option(WITH_DOCUMENTS).orElse(null));
    }

    void write(GraphSink sink) throws XMLStreamException {
        sink.start(XmlText.clean(export.selection().scope()), NODE, EDGE);
        long start = System.nanoTime();
        List<Entity> entities = index.entities(List.of(), export.selection().indexScope(), Integer.MAX_VALUE);
        long asked = System.nanoTime();
        Set<String> keys = new HashSet<>();
        for (Entity e : entities) {
            keys.add(e.key());
            sink.node(entityId(e.key()), XmlText.clean(e.name()), values("entity", e.type().name(), e.key(),
                    "aliases", XmlText.clean(String.join(LIST, e.aliases())), "mentions", e.mentions(),
                    "documents", e.documents()));
        }
        if (withDocuments) {
            for (DocumentSummary d : export.selection().documents()) {
                sink.node(documentId(d.id()), XmlText.clean(label(d)), document(d));
            }
        }
        sink.edges();
        long nodes = System.nanoTime();
        List<CoOccurrence> pairs = index.coOccurrences(export.selection().indexScope(), Integer.MAX_VALUE);
        LOG.debug("Graph: {} entities asked in {} ms, nodes written in {} ms, {} pairs asked in {} ms", entities.size(),
                (asked - start) / 1_000_000, (nodes - asked) / 1_000_000, pairs.size(), (System.nanoTime() - nodes) / 1_000_000);
        int n = 0;
        for (CoOccurrence c : pairs) {
            if (keys.contains(c.first().key()) && keys.contains(c.second().key())) {
                sink.edge("c" + n++, entityId(c.first().key()), entityId(c.second().key()), c.sentences(),
                        Map.of("relation", "co-occurrence"));
            }
        }
        if (withDocuments) {
            mentions(sink, keys);
        }
        sink.end();
    }

    /** Document to entity edges, one document's entities at a time. */
    private void mentions(GraphSink sink, Set<String> keys) throws XMLStreamException {
        int n = 0;
        for (DocumentSummary d : export.selection().documents()) {
            List<Entity> entities = index.document(d.id()).map(DocumentEntities::entities).orElse(List.of());
            for (Entity e : entities) {
                if (keys.contains(e.key())) {
                    sink.edge("m" + n++, documentId(d.id()), entityId(e.key()), e.mentions(), Map.of("relation", "mention"));
                }
            }
        }
    }

    static String entityId(String key) {
        return XmlText.id("e:", key);
    }

    static String documentId(String id) {
        return XmlText.id("d:", id);
    }

    private static Map<String, Object> document(DocumentSummary d) {
        DocumentMetadata m = d.metadata();
        Map<String, Object> values = values("document", "DOCUMENT", d.id());
        put(values, "url", m.url());
        put(values, "published", m.published());
        put(values, "source", m.source());
        return values;
    }

    private static String label(DocumentSummary d) {
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

    /** The option's value as a flag: absent or false, or present (empty) or true. */
    static boolean flag(String value) {
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.isEmpty() || value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new ExportException("option " + WITH_DOCUMENTS + " takes true or false, not '" + value + "'");
    }
}
