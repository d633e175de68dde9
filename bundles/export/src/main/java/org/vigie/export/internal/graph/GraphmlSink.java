package org.vigie.export.internal.graph;

import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML 1.0: a {@code <key>} per attribute ({@code attr.name}, {@code attr.type}; the node's
 * label as the {@code label} key, which Gephi takes for the label), an undirected graph, a
 * {@code weight} key on edges.
 */
final class GraphmlSink implements GraphSink {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private final XMLStreamWriter xml;

    GraphmlSink(XMLStreamWriter xml) {
        this.xml = xml;
    }

    @Override
    public void start(String description, List<Attribute> node, List<Attribute> edge) throws XMLStreamException {
        GraphXml.root(xml, NS, "graphml", "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        line();
        element("desc", "Vigie: " + description);
        key("node", new Attribute("label", false));
        for (Attribute a : node) {
            key("node", a);
        }
        key("edge", new Attribute("weight", true));
        for (Attribute a : edge) {
            key("edge", a);
        }
        xml.writeStartElement(NS, "graph");
        xml.writeAttribute("id", "vigie");
        xml.writeAttribute("edgedefault", "undirected");
        line();
    }

    @Override
    public void node(String id, String label, Map<String, Object> values) throws XMLStreamException {
        xml.writeStartElement(NS, "node");
        xml.writeAttribute("id", id);
        data("label", label);
        for (Map.Entry<String, Object> v : values.entrySet()) {
            data(v.getKey(), v.getValue());
        }
        xml.writeEndElement();
        line();
    }

    @Override
    public void edges() {
        // GraphML lets nodes and edges come in any order
    }

    @Override
    public void edge(String id, String source, String target, int weight, Map<String, Object> values)
            throws XMLStreamException {
        xml.writeStartElement(NS, "edge");
        xml.writeAttribute("id", id);
        xml.writeAttribute("source", source);
        xml.writeAttribute("target", target);
        data("weight", weight);
        for (Map.Entry<String, Object> v : values.entrySet()) {
            data(v.getKey(), v.getValue());
        }
        xml.writeEndElement();
        line();
    }

    @Override
    public void end() throws XMLStreamException {
        xml.writeEndElement(); // graph
        line();
        xml.writeEndElement(); // graphml
        line();
        xml.writeEndDocument();
    }

    private void key(String domain, Attribute a) throws XMLStreamException {
        xml.writeEmptyElement(NS, "key");
        xml.writeAttribute("id", a.name());
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", a.name());
        xml.writeAttribute("attr.type", a.integer() ? "int" : "string");
        line();
    }

    private void data(String key, Object value) throws XMLStreamException {
        xml.writeStartElement(NS, "data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value.toString());
        xml.writeEndElement();
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(NS, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
        line();
    }

    private void line() throws XMLStreamException {
        xml.writeCharacters("\n");
    }
}
