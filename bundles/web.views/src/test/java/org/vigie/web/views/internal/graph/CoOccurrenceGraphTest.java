package org.vigie.web.views.internal.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;
import org.vigie.report.api.SelectionCriteria;
import org.vigie.web.views.internal.fixtures.Documents;
import org.vigie.web.views.internal.fixtures.SmallIndex;
import org.vigie.web.views.internal.graph.CoOccurrenceGraph.Edge;

class CoOccurrenceGraphTest {

    private final SmallIndex index = new SmallIndex();
    private final Documents documents = new Documents();
    private final CoOccurrenceGraph graphs = new CoOccurrenceGraph(index, documents);

    @BeforeEach
    void aSmallNetwork() {
        Entity a = index.add("PERSON", "Ana");
        Entity b = index.add("PERSON", "Bao");
        Entity c = index.add("ORGANIZATION", "Cau");
        Entity d = index.add("LOCATION", "Dalat");
        List.of(new CoOccurrence(a, b, 5), new CoOccurrence(a, c, 3), new CoOccurrence(b, c, 2),
                new CoOccurrence(c, d, 1)).forEach(index::pair);
        documents.add("d1", "Un", null);
    }

    private CoOccurrenceGraph.Graph graph(Set<EntityType> types, int min, int nodes) {
        return graphs.graph(new GraphQuery(SelectionCriteria.all(), types, min, nodes));
    }

    @Test
    void theNetworkIsEveryPairAboveTheMinimumWeight() {
        CoOccurrenceGraph.Graph g = graph(Set.of(), 2, 500);
        assertEquals(List.of("PERSON:ana 8", "ORGANIZATION:cau 5", "PERSON:bao 7").stream().sorted().toList(),
                g.nodes().stream().map(n -> n.id() + " " + n.weight()).sorted().toList());
        assertEquals(List.of(new Edge("PERSON:ana", "PERSON:bao", 5), new Edge("PERSON:ana", "ORGANIZATION:cau", 3),
                new Edge("PERSON:bao", "ORGANIZATION:cau", 2)), g.edges());
        assertEquals(0, g.pairsLeftOut());
    }

    @Test
    void typesKeepTheirPairsAndTheHeaviestNodesAreDrawn() {
        assertEquals(List.of(new Edge("PERSON:ana", "PERSON:bao", 5)), graph(Set.of(EntityType.PERSON), 1, 500).edges());
        CoOccurrenceGraph.Graph two = graph(Set.of(), 1, 2);
        assertEquals(List.of("PERSON:ana", "PERSON:bao"), two.nodes().stream().map(CoOccurrenceGraph.Node::id).toList());
        assertEquals(3, two.pairsLeftOut(), "the pairs with an entity not drawn");
    }

    @Test
    void theQueryReadsItsParametersAndNamesTheBadOne() {
        GraphQuery q = GraphQuery.of(Map.of("q", "Interpol", "from", "2024", "to", "2024-02", "types", "person, law",
                "min", "2")::get);
        assertEquals(new GraphQuery(new SelectionCriteria("Interpol", java.time.LocalDate.of(2024, 1, 1),
                java.time.LocalDate.of(2024, 2, 29), null), Set.of(EntityType.PERSON, EntityType.LAW), 2, 500), q);
        assertEquals("min : « deux » n’est pas un nombre entier", org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> GraphQuery.of(Map.of("min", "deux")::get)).getMessage());
        assertEquals("from 2024-13 is not a date: write YYYY-MM-DD, YYYY-MM or YYYY", org.junit.jupiter.api.Assertions
                .assertThrows(org.vigie.report.api.ReportException.class, () -> GraphQuery.of(Map.of("from", "2024-13")::get)).getMessage());
        assertEquals("le nombre de nœuds va de 1 à 2000, pas 0", org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> GraphQuery.of(Map.of("nodes", "0")::get)).getMessage());
    }
}
