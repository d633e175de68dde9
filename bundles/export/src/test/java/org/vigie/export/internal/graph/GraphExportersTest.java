package org.vigie.export.internal.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.entities.api.Entity;
import org.vigie.export.api.Export;
import org.vigie.export.api.ExportException;
import org.vigie.export.api.Exporter;
import org.vigie.report.api.Selection;

import org.xml.sax.SAXException;

import com.fasterxml.jackson.databind.JsonNode;

/** Both graph formats checked against their XSD and read back with NetworkX. */
class GraphExportersTest {

    /** Names an XML writer must escape or drop: quotes, markup, an emoji, controls. */
    static final String[] NAMES = {"Jean \"Le <Boss>\" & Cie", "Ünïcode 😀 ✓", "Tab\tand\u0001bell\u0007", "a'b]]>c"};

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"graphml", "gexf"})
    void entitiesAndCoOccurrencesAreValidAndReadBack(String format) throws Exception {
        GraphIndex index = new GraphIndex(3, NAMES);
        byte[] xml = write(format, index, 3, Map.of());
        GraphReaders.validate(xml, format);

        JsonNode graph = read(xml, format);
        assertFalse(graph.get("directed").asBoolean());
        assertEquals(NAMES.length, graph.get("nodes").size());
        for (Entity e : index.entities) {
            JsonNode node = graph.get("nodes").get(EntityGraph.entityId(e.key()));
            assertEquals(XmlText.clean(e.name()), node.get("label").asText(), node.toString());
            assertEquals(e.type().name(), node.get("type").asText());
            assertEquals(XmlText.clean(e.key()), node.get("key").asText());
            assertEquals(e.mentions(), node.get("mentions").asInt());
            assertEquals(e.documents(), node.get("documents").asInt());
            assertEquals(XmlText.clean(String.join(NodeValues.LIST, e.aliases())), node.get("aliases").asText());
            assertEquals("entity", node.get("kind").asText());
        }
        assertEquals("Tab andbell", graph.get("nodes").get(EntityGraph.entityId(index.entities.get(2).key())).get("label")
                .asText(), "tab as a space, controls dropped");
        Map<String, Integer> weights = weights(graph, "co-occurrence");
        assertEquals(index.pairs(), weights.size(), "the pair with an entity outside the selection is left out");
        for (int i = 0; i < index.pairs(); i++) {
            String pair = pair(EntityGraph.entityId(index.entities.get(i).key()),
                    EntityGraph.entityId(index.entities.get(i + 1).key()));
            assertEquals(i + 1, weights.get(pair), pair);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"graphml", "gexf"})
    void documentsAreNodesWithTheOption(String format) throws Exception {
        GraphIndex index = new GraphIndex(4, NAMES);
        byte[] xml = write(format, index, 4, Map.of(EntityGraph.WITH_DOCUMENTS, "true"));
        GraphReaders.validate(xml, format);

        JsonNode graph = read(xml, format);
        assertEquals(NAMES.length + 4, graph.get("nodes").size());
        JsonNode doc = graph.get("nodes").get(EntityGraph.documentId("d1"));
        assertEquals("document", doc.get("kind").asText());
        assertEquals("Titre <1> & \"cité\"", doc.get("label").asText());
        assertEquals("https://x.invalid/?a=1&b=1", doc.get("url").asText());
        assertEquals("2025-01-02", doc.get("published").asText());
        Map<String, Integer> mentions = weights(graph, "mention");
        assertEquals(4 * NAMES.length, mentions.size(), "one edge per document and selected entity");
        String pair = pair(EntityGraph.documentId("d3"), EntityGraph.entityId(index.entities.get(1).key()));
        assertEquals(2, mentions.get(pair), "weighted by the mentions in the document");
    }

    @ParameterizedTest
    @ValueSource(strings = {"graphml", "gexf"})
    void documentEdgesAreReadOneDocumentAtATime(String format) throws IOException {
        GraphIndex index = new GraphIndex(2_000, "A", "B");
        write(format, index, 2_000, Map.of(EntityGraph.WITH_DOCUMENTS, ""));
        assertEquals(2_000, index.documentCalls, "one question per document");
        GraphIndex without = new GraphIndex(2_000, "A", "B");
        write(format, without, 2_000, Map.of());
        assertEquals(0, without.documentCalls, "no document is read without the option");
    }

    @ParameterizedTest
    @ValueSource(strings = {"graphml", "gexf"})
    void anEmptySelectionIsAValidEmptyGraph(String format) throws Exception {
        byte[] xml = write(format, new GraphIndex(0), 0, Map.of(EntityGraph.WITH_DOCUMENTS, "true"));
        GraphReaders.validate(xml, format);
        assertEquals(0, read(xml, format).get("nodes").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"graphml", "gexf"})
    void theSchemaRejectsANodeWithoutId(String format) throws IOException {
        String xml = new String(write(format, new GraphIndex(1, "A"), 1, Map.of()), StandardCharsets.UTF_8);
        byte[] broken = xml.replaceFirst("<node id=\"[^\"]*\"", "<node").getBytes(StandardCharsets.UTF_8);
        assertThrows(SAXException.class, () -> GraphReaders.validate(broken, format), "the validator checks");
    }

    @ParameterizedTest
    @ValueSource(strings = {"graphml", "gexf"})
    void aBadFlagValueIsAOneLineError(String format) {
        ExportException e = assertThrows(ExportException.class,
                () -> write(format, new GraphIndex(1, "A"), 1, Map.of(EntityGraph.WITH_DOCUMENTS, "maybe")));
        assertEquals("option with-documents takes true or false, not 'maybe'", e.getMessage());
    }

    static byte[] write(String format, GraphIndex index, int documents, Map<String, String> options) throws IOException {
        Exporter exporter = format.equals("graphml") ? new GraphmlExporter() : new GexfExporter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(new Export(selection(documents), index, options), out);
        return out.toByteArray();
    }

    private JsonNode read(byte[] xml, String format) throws IOException, InterruptedException {
        Path file = Files.write(dir.resolve("graph." + format), xml);
        return GraphReaders.networkx(file, format);
    }

    /** An undirected edge's ends, in a stable order. */
    static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }

    /** Edge weights of one relation by {@link #pair}, as NetworkX read them. */
    static Map<String, Integer> weights(JsonNode graph, String relation) {
        Map<String, Integer> weights = new HashMap<>();
        for (JsonNode edge : graph.get("edges")) {
            if (relation.equals(edge.get(2).get("relation").asText())) {
                weights.put(pair(edge.get(0).asText(), edge.get(1).asText()), edge.get(2).get("weight").asInt());
            }
        }
        return weights;
    }

    private static Selection selection(int n) {
        List<DocumentSummary> docs = IntStream.range(0, n).mapToObj(i -> new DocumentSummary("d" + i, new DocumentMetadata(
                "Titre <" + i + "> & \"cité\"", "Source", "https://x.invalid/?a=" + i + "&b=1",
                LocalDate.of(2025, 1, 1).plusDays(i), "fr", null, null, null, "text/plain", Map.of()), 100)).toList();
        return new Selection(docs, "tout le corpus", true);
    }
}
