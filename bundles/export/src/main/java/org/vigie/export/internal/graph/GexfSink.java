package org.vigie.export.internal.graph;

import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GEXF 1.3 (what Gephi 0.10 writes): the attributes declared in {@code <attributes class="node">}
 * and {@code class="edge"} (ids are the names), the entity's name as the node label, the weight
 * as the edge's {@code weight}, undirected edges, no viz.
 */
final class GexfSink implements GraphSink {

    static final String NS = "http://gexf.net/1.3";

    private final XMLStreamWriter xml;

    GexfSink(XMLStreamWriter xml) {
        this.xml = xml;
    }

    @Override
    public void start(String description, List<Attribute> node, List<Attribute> edge) throws XMLStreamException {
        GraphXml.root(xml, NS, "gexf", "http://gexf.net/1.3/gexf.xsd");
        xml.writeAttribute("version", "1.3");
        line();
        xml.writeStartElement(NS, "meta");
        text("creator", "Vigie");
        text("description", description);
        xml.writeEndElement();
        line();
        xml.writeStartElement(NS, "graph");
        xml.writeAttribute("mode", "static");
        xml.writeAttribute("defaultedgetype", "undirected");
        line();
        attributes("node", node);
        attributes("edge", edge);
        xml.writeStartElement(NS, "nodes");
        line();
    }

    @Override
    public void node(String id, String label, Map<String, Object> values) throws XMLStreamException {
        xml.writeStartElement(NS, "node");
        xml.writeAttribute("id", id);
        xml.writeAttribute("label", label);
        attvalues(values);
        xml.writeEndElement();
        line();
    }

    @Override
    public void edges() throws XMLStreamException {
        xml.writeEndElement(); // nodes
        line();
        xml.writeStartElement(NS, "edges");
        line();
    }

    @Override
    public void edge(String id, String source, String target, int weight, Map<String, Object> values)
            throws XMLStreamException {
        xml.writeStartElement(NS, "edge");
        xml.writeAttribute("id", id);
        xml.writeAttribute("source", source);
        xml.writeAttribute("target", target);
        xml.writeAttribute("weight", Integer.toString(weight));
        attvalues(values);
        xml.writeEndElement();
        line();
    }

    @Override
    public void end() throws XMLStreamException {
        xml.writeEndElement(); // edges
        line();
        xml.writeEndElement(); // graph
        line();
        xml.writeEndElement(); // gexf
        line();
        xml.writeEndDocument();
    }

    private void attributes(String kind, List<Attribute> attributes) throws XMLStreamException {
        xml.writeStartElement(NS, "attributes");
        xml.writeAttribute("class", kind);
        for (Attribute a : attributes) {
            xml.writeEmptyElement(NS, "attribute");
            xml.writeAttribute("id", a.name());
            xml.writeAttribute("title", a.name());
            xml.writeAttribute("type", a.integer() ? "integer" : "string");
        }
        xml.writeEndElement();
        line();
    }

    private void attvalues(Map<String, Object> values) throws XMLStreamException {
        xml.writeStartElement(NS, "attvalues");
        for (Map.Entry<String, Object> v : values.entrySet()) {
            xml.writeEmptyElement(NS, "attvalue");
            xml.writeAttribute("for", v.getKey());
            xml.writeAttribute("value", v.getValue().toString());
        }
        xml.writeEndElement();
    }

    private void text(String name, String text) throws XMLStreamException {
        xml.writeStartElement(NS, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void line() throws XMLStreamException {
        xml.writeCharacters("\n");
    }
}
