package org.vigie.export.internal.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Function;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.vigie.export.api.Export;

/**
 * Writes the selection's {@link EntityGraph} with the JDK's streaming XML writer (the built-in
 * one, not whichever a bundle's class loader finds), UTF-8, in one format.
 */
final class GraphXml {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private GraphXml() {
    }

    static void write(Export export, OutputStream out, Function<XMLStreamWriter, GraphSink> format) throws IOException {
        EntityGraph graph = new EntityGraph(export); // checks the options before writing anything
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            graph.write(format.apply(xml));
            xml.flush();
            xml.close(); // does not close out
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot write the graph: " + e.getMessage(), e);
        }
    }

    /** The XML declaration and the root element in its namespace, naming its schema for validators. */
    static void root(XMLStreamWriter xml, String ns, String name, String schema) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.setDefaultNamespace(ns);
        xml.writeStartElement(ns, name);
        xml.writeDefaultNamespace(ns);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute(XSI, "schemaLocation", ns + " " + schema);
    }
}
