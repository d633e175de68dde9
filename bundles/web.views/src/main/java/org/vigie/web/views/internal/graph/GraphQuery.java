package org.vigie.web.views.internal.graph;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.vigie.entities.api.EntityType;
import org.vigie.report.api.SelectionCriteria;

/**
 * What the graph view asks: a selection (query, period), the entity types kept (empty: all), the
 * fewest shared sentences an edge needs, and the most nodes drawn (the heaviest kept).
 */
public record GraphQuery(SelectionCriteria selection, Set<EntityType> types, int minWeight, int maxNodes) {

    /** The most nodes a browser lays out readably; more is refused. */
    public static final int MAX_NODES = 2_000;

    public GraphQuery {
        if (minWeight < 1) {
            throw new IllegalArgumentException("le poids minimal est d’au moins 1 phrase partagée, pas " + minWeight);
        }
        if (maxNodes < 1 || maxNodes > MAX_NODES) {
            throw new IllegalArgumentException("le nombre de nœuds va de 1 à " + MAX_NODES + ", pas " + maxNodes);
        }
        types = Set.copyOf(types);
    }

    /**
     * The query of a request's parameters: {@code q}, {@code from} and {@code to} (YYYY, YYYY-MM or
     * YYYY-MM-DD), {@code types} (comma-separated), {@code min} (default 1), {@code nodes} (default 500).
     *
     * @throws IllegalArgumentException naming the parameter and what is wrong with it (a
     *     {@code ReportException} for a date)
     */
    public static GraphQuery of(Function<String, String> parameters) {
        SelectionCriteria criteria = new SelectionCriteria(parameters.apply("q"), SelectionCriteria.day(parameters.apply("from"), "from", false),
                SelectionCriteria.day(parameters.apply("to"), "to", true), null);
        String types = parameters.apply("types");
        Set<EntityType> kept = types == null ? Set.of() : Arrays.stream(types.split(",")).map(String::strip)
                .filter(t -> !t.isEmpty()).map(t -> type(t)).collect(Collectors.toSet());
        return new GraphQuery(criteria, kept, number(parameters.apply("min"), "min", 1),
                number(parameters.apply("nodes"), "nodes", 500));
    }

    private static EntityType type(String name) {
        try {
            return EntityType.of(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("types : « " + name + " » n’est pas un type d’entité (PERSON, ORGANIZATION…)");
        }
    }

    private static int number(String value, String name, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " : « " + value + " » n’est pas un nombre entier");
        }
    }
}
