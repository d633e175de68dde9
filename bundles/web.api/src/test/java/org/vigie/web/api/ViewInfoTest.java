package org.vigie.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ViewInfoTest {

    @Test
    void theOrderAndMenuFlagAreReadFromStringsAsConfigurationGivesThem() {
        ViewInfo view = ViewInfo.of(Map.of(ViewInfo.ID, "recherche", ViewInfo.TITLE, "Recherche", ViewInfo.PATH,
                "/vues/recherche", ViewInfo.ORDER, "10", ViewInfo.MENU, "false"));
        assertEquals(new ViewInfo("recherche", "Recherche", 10, "/vues/recherche", false), view);
    }

    @Test
    void aViewWithoutOrderComesLastAndIsInTheMenu() {
        ViewInfo view = ViewInfo.of(Map.of(ViewInfo.ID, "x", ViewInfo.TITLE, "X", ViewInfo.PATH, new String[] {"/x"}));
        assertEquals(new ViewInfo("x", "X", 100, "/x", true), view);
    }

    @Test
    void aMissingTitleIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ViewInfo.of(Map.of(ViewInfo.ID, "x", ViewInfo.PATH, "/x")));
        assertEquals("missing property vigie.view.title", e.getMessage());
    }

    @Test
    void aRelativePathOrOneClimbingOutIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ViewInfo("x", "X", 1, "vues/x", true));
        assertThrows(IllegalArgumentException.class, () -> new ViewInfo("x", "X", 1, "/vues/../api", true));
    }

    @Test
    void theUrlCarriesTheTokenAndTheRootDoesNot() {
        WorkbenchAddress address = new WorkbenchAddress(8123, "abc");
        assertEquals("http://127.0.0.1:8123/?token=abc", address.url().toString());
        assertEquals("http://127.0.0.1:8123/", address.root().toString());
    }
}
