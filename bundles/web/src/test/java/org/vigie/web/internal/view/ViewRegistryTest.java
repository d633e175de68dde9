package org.vigie.web.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.web.api.ViewInfo;

class ViewRegistryTest {

    private static Map<String, Object> view(String id, String title, Object order) {
        return Map.of(ViewInfo.ID, id, ViewInfo.TITLE, title, ViewInfo.PATH, "/vues/" + id, ViewInfo.ORDER, order,
                "service.id", 7L);
    }

    @Test
    void viewsComeInMenuOrderThenByTitleAndABrokenOneIsLeftOut() {
        ViewRegistry registry = new ViewRegistry();
        registry.views = List.of(view("graphe", "Graphe", 30), view("recherche", "Recherche", 10),
                view("note", "Note", 30), view("cassee", "Cassée", "trente"), Map.of(ViewInfo.ID, "sans-titre"));
        assertEquals(List.of("recherche", "graphe", "note"), registry.views().stream().map(ViewInfo::id).toList());
    }
}
