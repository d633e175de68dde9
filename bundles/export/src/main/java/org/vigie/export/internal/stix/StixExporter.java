package org.vigie.export.internal.stix;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.service.component.annotations.Component;
import org.vigie.export.api.Export;
import org.vigie.export.api.Exporter;
import org.vigie.export.api.propertytypes.ExporterService;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

/**
 * The STIX 2.1 export: one bundle per export (OpenCTI, MISP and the {@code stix2} Python library
 * import it). Option {@code marking} ({@code --marking TLP:AMBER}) marks every object with the
 * TLP 2.0 marking definition; an unknown value is a one-line error before anything is written.
 */
@Component(service = Exporter.class)
@ExporterService(id = "stix", mediaType = "application/stix+json;version=2.1", extension = "json",
        description = "STIX 2.1 bundle: identities, locations, intrusion sets, indicators, reports (OpenCTI, MISP)")
public class StixExporter implements Exporter {

    /** The option naming the TLP marking. */
    static final String MARKING = "marking";

    private final JsonFactory factory = JsonFactory.builder().build();

    @Override
    public void write(Export export, OutputStream out) throws IOException {
        TlpMarking marking = export.option(MARKING).map(TlpMarking::of).orElse(null);
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // line feeds whatever the platform, so that the bytes do not depend on it
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            new StixBundle(export, marking).write(json);
        }
    }
}
