package org.vigie.export.internal.graph;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes the same synthetic entity graph (V nodes with Vigie's attributes, E weighted edges) as
 * GraphML twice: with Vigie's streaming GraphmlSink (JDK XMLStreamWriter) and with jgrapht-io's
 * GraphMLExporter (which needs the whole graph as a JGraphT Graph). Prints time and heap in use
 * after a GC. Run by bench/export/graph-writers.sh; usage: GraphWriterBench sink|jgrapht V E OUT.
 */
public final class GraphWriterBench {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int v = Integer.parseInt(args[1]);
        int e = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        long start = System.nanoTime();
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            if (mode.equals("sink")) {
                sink(v, e, os);
            } else {
                jgrapht(v, e, os);
            }
        }
        System.out.printf("%s: %d nodes, %d edges, %.2f s, %d bytes, heap in use after a GC while writing %d MiB%n", mode,
                v, e, (System.nanoTime() - start) / 1e9, Files.size(out), PEAK / (1 << 20));
    }

    static long PEAK;

    static void measure() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        PEAK = Math.max(PEAK, r.totalMemory() - r.freeMemory());
    }

    static Map<String, Object> values(int i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "entity");
        m.put("type", "PERSON");
        m.put("key", "PERSON:personne " + i);
        m.put("aliases", "P. " + i + " | Personne " + i);
        m.put("mentions", i % 97 + 1);
        m.put("documents", i % 13 + 1);
        return m;
    }

    static void sink(int v, int e, OutputStream os) throws Exception {
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(os, "UTF-8");
        GraphmlSink sink = new GraphmlSink(xml);
        sink.start("bench", EntityGraph.NODE, EntityGraph.EDGE);
        for (int i = 0; i < v; i++) {
            sink.node("e:PERSON:personne_20_" + i, "Personne " + i, values(i));
        }
        Random random = new Random(13);
        for (int i = 0; i < e; i++) {
            sink.edge("c" + i, "e:PERSON:personne_20_" + random.nextInt(v), "e:PERSON:personne_20_" + random.nextInt(v),
                    1 + random.nextInt(9), Map.of("relation", "co-occurrence"));
            if (i == e / 2) {
                measure();
            }
        }
        sink.end();
        xml.flush();
    }

    static void jgrapht(int v, int e, OutputStream os) {
        Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < v; i++) {
            g.addVertex(i);
        }
        Random random = new Random(13);
        for (int i = 0; i < e; i++) {
            int a = random.nextInt(v);
            int b = random.nextInt(v);
            if (a != b && !g.containsEdge(a, b)) {
                g.setEdgeWeight(g.addEdge(a, b), 1 + random.nextInt(9));
            }
        }
        GraphMLExporter<Integer, DefaultWeightedEdge> exporter = new GraphMLExporter<>(i -> "e:PERSON:personne_20_" + i);
        exporter.setExportEdgeWeights(true);
        exporter.registerAttribute("label", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        for (GraphSink.Attribute a : EntityGraph.NODE) {
            exporter.registerAttribute(a.name(), GraphMLExporter.AttributeCategory.NODE,
                    a.integer() ? AttributeType.INT : AttributeType.STRING);
        }
        exporter.setVertexAttributeProvider(i -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("label", DefaultAttribute.createAttribute("Personne " + i));
            values(i).forEach((k, val) -> m.put(k, val instanceof Integer n ? DefaultAttribute.createAttribute(n)
                    : DefaultAttribute.createAttribute(val.toString())));
            return m;
        });
        measure();
        exporter.exportGraph(g, os);
        measure();
    }
}
