package org.vigie.export.internal.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
        Set<String> keys = entities(sink);
        if (withDocuments) {
            for (DocumentSummary d : export.selection().documents()) {
                sink.node(documentId(d.id()), XmlText.clean(NodeValues.label(d)), NodeValues.of(d));
            }
        }
        sink.edges();
        coOccurrences(sink, keys);
        if (withDocuments) {
            mentions(sink, keys);
        }
        sink.end();
    }

    /** The entity nodes; answers the keys written. */
    private Set<String> entities(GraphSink sink) throws XMLStreamException {
        long start = System.nanoTime();
        List<Entity> entities = index.entities(List.of(), export.selection().indexScope(), Integer.MAX_VALUE);
        LOG.debug("Graph: {} entities asked in {} ms", entities.size(), (System.nanoTime() - start) / 1_000_000);
        Set<String> keys = new HashSet<>();
        for (Entity e : entities) {
            keys.add(e.key());
            sink.node(entityId(e.key()), XmlText.clean(e.name()), NodeValues.of(e));
        }
        return keys;
    }

    /** Entity to entity edges, but for a pair with an entity outside the selection's nodes. */
    private void coOccurrences(GraphSink sink, Set<String> keys) throws XMLStreamException {
        long start = System.nanoTime();
        List<CoOccurrence> pairs = index.coOccurrences(export.selection().indexScope(), Integer.MAX_VALUE);
        long asked = System.nanoTime();
        LOG.debug("Graph: {} pairs asked in {} ms", pairs.size(), (asked - start) / 1_000_000);
        int n = 0;
        for (CoOccurrence c : pairs) {
            if (keys.contains(c.first().key()) && keys.contains(c.second().key())) {
                sink.edge("c" + n++, entityId(c.first().key()), entityId(c.second().key()), c.sentences(),
                        Map.of("relation", "co-occurrence"));
            }
        }
        LOG.debug("Graph: {} co-occurrence edges written in {} ms", n, (System.nanoTime() - asked) / 1_000_000);
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
