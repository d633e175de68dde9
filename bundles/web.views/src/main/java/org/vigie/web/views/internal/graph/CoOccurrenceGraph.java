package org.vigie.web.views.internal.graph;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.report.api.DocumentSelection;
import org.vigie.report.api.Selection;

/**
 * The co-occurrence network of a selection, as the graph view draws it: the pairs the entity
 * index counts over the selected documents, those of the kept types with at least the minimum
 * weight, and of their entities the {@code maxNodes} heaviest (sum of their edges' weights) with
 * the edges between them.
 */
public final class CoOccurrenceGraph {

    /**
     * How many of the most frequent pairs are read from the index per node drawn: the index
     * describes (reads the stored fields of) every entity of the pairs it returns, and the
     * heaviest nodes are among the most frequent pairs.
     */
    static final int PAIRS_PER_NODE = 8;
    static final int FEWEST_PAIRS = 2_000;

    private final EntityIndex index;
    private final DocumentSelection selection;

    public CoOccurrenceGraph(EntityIndex index, DocumentSelection selection) {
        this.index = index;
        this.selection = selection;
    }

    /** A node ({@code id}: the entity key) and an edge ({@code weight}: the sentences both share). */
    public record Node(String id, String label, String type, int mentions, int weight) {
    }

    public record Edge(String source, String target, int weight) {
    }

    /** The graph, with the selection described in words and how many pairs were left out. */
    public record Graph(String scope, int documents, List<Node> nodes, List<Edge> edges, int pairsLeftOut) {
    }

    public Graph graph(GraphQuery query) {
        Selection selected = selection.select(query.selection());
        int read = Math.max(FEWEST_PAIRS, PAIRS_PER_NODE * query.maxNodes());
        List<CoOccurrence> pairs = index.coOccurrences(selected.indexScope(), read).stream()
                .filter(c -> c.sentences() >= query.minWeight() && kept(c.first(), query) && kept(c.second(), query))
                .toList();
        Map<String, Integer> weights = new HashMap<>();
        Map<String, Entity> entities = new HashMap<>();
        for (CoOccurrence c : pairs) {
            weights.merge(c.first().key(), c.sentences(), Integer::sum);
            weights.merge(c.second().key(), c.sentences(), Integer::sum);
            entities.putIfAbsent(c.first().key(), c.first());
            entities.putIfAbsent(c.second().key(), c.second());
        }
        List<Node> nodes = weights.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(query.maxNodes()).map(w -> node(entities.get(w.getKey()), w.getValue())).toList();
        Set<String> drawn = nodes.stream().map(Node::id).collect(Collectors.toSet());
        List<Edge> edges = pairs.stream().filter(c -> drawn.contains(c.first().key()) && drawn.contains(c.second().key()))
                .sorted(Comparator.comparingInt(CoOccurrence::sentences).reversed())
                .map(c -> new Edge(c.first().key(), c.second().key(), c.sentences())).toList();
        return new Graph(selected.scope(), selected.size(), nodes, edges, pairs.size() - edges.size());
    }

    private static boolean kept(Entity e, GraphQuery query) {
        return query.types().isEmpty() || query.types().contains(e.type());
    }

    private static Node node(Entity e, int weight) {
        return new Node(e.key(), e.name(), e.type().name(), e.mentions(), weight);
    }
}
