package org.vigie.export.internal.graph;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The real schemas and the real reader a test checks a graph file with: the vendored XSDs
 * ({@code src/test/resources/schemas}) and NetworkX, run with {@code python3} when installed (the
 * test is skipped otherwise).
 */
final class GraphReaders {

    private GraphReaders() {
    }

    /** Validates the file against the GraphML 1.0 ({@code graphml}) or GEXF 1.3 ({@code gexf}) XSD. */
    static void validate(byte[] xml, String format) throws IOException, SAXException {
        String schema = format.equals("graphml") ? "/schemas/graphml/graphml.xsd" : "/schemas/gexf-1.3/gexf.xsd";
        URL url = GraphReaders.class.getResource(schema);
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file"); // the vendored includes, never the network
        factory.newSchema(url).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    /** The graph as NetworkX reads it: {@code {"directed", "nodes": {id: attrs}, "edges": [[a, b, attrs]]}}. */
    static JsonNode networkx(Path file, String format) throws IOException, InterruptedException {
        assumeTrue(run("python3", "-c", "import networkx") == 0, "python3 with networkx is not installed");
        Path script = script();
        Path out = Files.createTempFile("networkx", ".json");
        try {
            Process p = new ProcessBuilder("python3", script.toString(), file.toString(), format)
                    .redirectOutput(out.toFile()).redirectErrorStream(false).start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("NetworkX cannot read " + file + ": " + err);
            }
            return new ObjectMapper().readTree(out.toFile());
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static Path script() {
        try {
            return Path.of(GraphReaders.class.getResource("/graph/read_graph.py").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1; // no python3 on the PATH
        }
    }
}
