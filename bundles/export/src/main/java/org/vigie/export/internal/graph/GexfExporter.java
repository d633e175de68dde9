package org.vigie.export.internal.graph;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.service.component.annotations.Component;
import org.vigie.export.api.Export;
import org.vigie.export.api.Exporter;
import org.vigie.export.api.propertytypes.ExporterService;

/** The entity graph as GEXF 1.3 (Gephi, NetworkX); document nodes with {@code with-documents}. */
@Component(service = Exporter.class)
@ExporterService(id = "gexf", mediaType = "application/gexf+xml", extension = "gexf",
        description = "entity co-occurrence graph, GEXF 1.3 (Gephi, NetworkX)")
public class GexfExporter implements Exporter {

    @Override
    public void write(Export export, OutputStream out) throws IOException {
        GraphXml.write(export, out, GexfSink::new);
    }
}
