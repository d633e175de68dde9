package org.vigie.itests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The graph view's drawing in a real browser, without a server: 500 entities and their pairs laid
 * out by fCoSE from the bundle's own copy of Cytoscape.js. Readable means the nodes spread out (at
 * most one node in twenty overlaps another) and a click opens the entity clicked.
 */
class GraphLayoutTest {

    @TempDir
    Path dir;

    @Test
    void fiveHundredNodesSpreadOutAndAClickOpensTheEntity() throws Exception {
        Chromium.assumeInstalled();
        Path page = WebPages.graphPage(dir);
        ChromeDriver browser = Chromium.start(dir);
        try {
            browser.get(page.toUri().toString());
            @SuppressWarnings("unchecked")
            Map<String, Object> drawn = (Map<String, Object>) browser.executeAsyncScript(WebPages.DRAW_RANDOM_GRAPH, 500, 1500);
            assertEquals(500L, drawn.get("nodes"), drawn.toString());
            assertTrue(((Number) drawn.get("overlapping")).doubleValue() <= 0.05, "nodes pile up: " + drawn);
            assertEquals(List.of("n7"), browser.executeScript("window.opened = []; window.drawn.cy.$id('n7').emit('tap');"
                    + " return window.opened;"));
        } finally {
            browser.quit();
        }
        Files.deleteIfExists(page);
    }
}
