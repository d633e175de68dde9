package org.vigie.export.internal.graph;

import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

/**
 * One graph file format, written as the graph is walked: the attribute declarations, every
 * node, then every edge. Values are {@link String} or {@link Integer}, already
 * {@linkplain XmlText#clean cleaned}; a value absent from a map is not written.
 */
interface GraphSink {

    /** A node or edge attribute: its name (a valid XML name) and whether it is an integer. */
    record Attribute(String name, boolean integer) {
    }

    void start(String description, List<Attribute> node, List<Attribute> edge) throws XMLStreamException;

    void node(String id, String label, Map<String, Object> values) throws XMLStreamException;

    /** The nodes are all written: edges follow. */
    void edges() throws XMLStreamException;

    void edge(String id, String source, String target, int weight, Map<String, Object> values) throws XMLStreamException;

    void end() throws XMLStreamException;
}
