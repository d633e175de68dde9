package org.vigie.export.internal.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Entity;

/** The GraphML read back by a Java reader, JGraphT's GraphMLImporter (which validates it too): no python needed. */
class GraphmlJgraphtTest {

    @Test
    void jgraphtReadsTheNodesTheirLabelsAndTheWeights() throws IOException {
        GraphIndex index = new GraphIndex(3, GraphExportersTest.NAMES);
        byte[] xml = GraphExportersTest.write("graphml", index, 3, Map.of(EntityGraph.WITH_DOCUMENTS, "true"));

        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(null,
                SupplierUtil.createDefaultWeightedEdgeSupplier());
        Map<String, Map<String, String>> nodes = new HashMap<>();
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((node, value) -> nodes.computeIfAbsent(node.getFirst(), k -> new HashMap<>())
                .put(node.getSecond(), value.getValue()));
        importer.importGraph(graph, new ByteArrayInputStream(xml));

        assertEquals(GraphExportersTest.NAMES.length + 3, graph.vertexSet().size());
        assertEquals(index.pairs() + 3 * GraphExportersTest.NAMES.length, graph.edgeSet().size());
        for (int i = 0; i < index.entities.size(); i++) {
            Entity e = index.entities.get(i);
            String id = EntityGraph.entityId(e.key());
            assertEquals(XmlText.clean(e.name()), nodes.get(id).get("label"));
            assertEquals(Integer.toString(e.mentions()), nodes.get(id).get("mentions"));
            assertEquals(i + 1, graph.getEdgeWeight(graph.getEdge(EntityGraph.documentId("d2"), id)), "mentions in d2");
        }
        assertEquals(1, graph.getEdgeWeight(graph.getEdge(EntityGraph.entityId(index.entities.get(0).key()),
                EntityGraph.entityId(index.entities.get(1).key()))), "shared sentences");
    }
}
