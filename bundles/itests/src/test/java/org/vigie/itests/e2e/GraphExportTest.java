package org.vigie.itests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * export:write --format graphml and gexf through ./vigie on the sample articles: each file valid
 * against its vendored XSD (bundles/export's test resources) and read by NetworkX (skipped without
 * python3 and networkx), with the same entities as the CSV export.
 */
class GraphExportTest {

    private static final Path RESOURCES = VigieProcess.REPO.resolve("bundles/export/src/test/resources");

    @TempDir
    Path dir;

    @Test
    void theSamplesExportAsGraphsThatTheSchemasAndNetworkxAccept() throws Exception {
        Path ws = dir.resolve("ws");
        Path graphml = dir.resolve("samples.graphml");
        Path gexf = dir.resolve("samples.gexf");
        Path csv = dir.resolve("samples.zip");
        Path withDocuments = dir.resolve("samples-documents.gexf");
        VigieProcess.Result run = VigieProcess.run(ws, "-c", "corpus:import " + VigieProcess.REPO.resolve("samples/articles")
                + "; export:formats; export:write --format graphml --out " + graphml + "; export:write --format gexf --out "
                + gexf + "; export:write --format csv --out " + csv + "; export:write --format gexf --with-documents --out "
                + withDocuments);
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("graphml +graphml +application/graphml\\+xml +.*")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("gexf +gexf +application/gexf\\+xml +.*")), run.out());
        validate(graphml, "graphml/graphml.xsd");
        validate(gexf, "gexf-1.3/gexf.xsd");
        validate(withDocuments, "gexf-1.3/gexf.xsd");
        assertEquals(column(csv, "documents.csv", "id").stream().map(id -> "d:" + id).collect(Collectors.toSet()),
                nodeIds(withDocuments).stream().filter(id -> id.startsWith("d:")).collect(Collectors.toSet()),
                "--with-documents: a node per selected document");

        Set<String> entities = entityKeys(csv);
        assertFalse(entities.isEmpty());
        for (String format : new String[] {"graphml", "gexf"}) {
            JsonNode graph = networkx(format.equals("graphml") ? graphml : gexf, format);
            Set<String> keys = new HashSet<>();
            graph.get("nodes").forEach(n -> keys.add(n.get("key").asText()));
            assertEquals(entities, keys, format + ": one node per entity of entities.csv");
            assertFalse(graph.get("edges").isEmpty(), format + ": the samples' entities share sentences");
            for (JsonNode edge : graph.get("edges")) {
                assertTrue(edge.get(2).get("weight").asInt() >= 1, edge.toString());
                assertEquals("co-occurrence", edge.get(2).get("relation").asText());
            }
        }
    }

    private static void validate(Path file, String schema) throws Exception {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.newSchema(RESOURCES.resolve("schemas").resolve(schema).toFile()).newValidator()
                .validate(new StreamSource(file.toFile()));
    }

    private static Set<String> entityKeys(Path zip) throws IOException {
        return column(zip, "entities.csv", "key");
    }

    /** The values of one column of one table of the CSV export. */
    private static Set<String> column(Path zip, String table, String column) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(table)) {
                    Set<String> values = new HashSet<>();
                    new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader())
                            .<Map<String, String>>readValues(in.readAllBytes())
                            .forEachRemaining(row -> values.add(row.get(column)));
                    return values;
                }
            }
        }
        throw new AssertionError("no " + table + " in " + zip);
    }

    /** The ids of a GEXF file's nodes, read with the JDK's DOM parser. */
    private static List<String> nodeIds(Path gexf) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        NodeList nodes = factory.newDocumentBuilder().parse(gexf.toFile()).getElementsByTagNameNS("*", "node");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(((Element) nodes.item(i)).getAttribute("id"));
        }
        return ids;
    }

    /** The graph as bundles/export's read_graph.py prints it, or the test is skipped without NetworkX. */
    private JsonNode networkx(Path file, String format) throws IOException, InterruptedException {
        assumeTrue(python(null, "-c", "import networkx") == 0, "python3 with networkx is not installed");
        Path out = dir.resolve(format + ".json");
        assertEquals(0, python(out, RESOURCES.resolve("graph/read_graph.py").toString(), file.toString(), format),
                "NetworkX cannot read " + file);
        return new ObjectMapper().readTree(out.toFile());
    }

    /** Runs python3 with its output to a file (or nowhere); -1 without python3. */
    private static int python(Path output, String... args) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT)
                .redirectOutput(output == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(output.toFile()));
        try {
            Process p = builder.start();
            return p.waitFor(120, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1; // no python3 on the PATH
        }
    }
}
