package org.vigie.export.internal.graph;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.service.component.annotations.Component;
import org.vigie.export.api.Export;
import org.vigie.export.api.Exporter;
import org.vigie.export.api.propertytypes.ExporterService;

/** The entity graph as GraphML (Gephi, NetworkX, Cytoscape, yEd); document nodes with {@code with-documents}. */
@Component(service = Exporter.class)
@ExporterService(id = "graphml", mediaType = "application/graphml+xml", extension = "graphml",
        description = "entity co-occurrence graph, GraphML (Gephi, NetworkX, Cytoscape, yEd)")
public class GraphmlExporter implements Exporter {

    @Override
    public void write(Export export, OutputStream out) throws IOException {
        GraphXml.write(export, out, GraphmlSink::new);
    }
}
