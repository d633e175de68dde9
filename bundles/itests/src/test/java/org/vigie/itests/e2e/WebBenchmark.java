package org.vigie.itests.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Time to first byte and to a rendered page for each view of the workbench served on an existing
 * workspace, and the graph's layout time, in headless Chromium; run by {@code bench/web/run.sh}.
 * First byte: the page's own Navigation Timing ({@code responseStart}); rendered: {@code
 * performance.now()} when what the view draws is there (polled every 20 ms).
 * Arguments: WORKSPACE [RUNS] [QUERY].
 */
public final class WebBenchmark {

    private WebBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String query = args.length > 2 ? args[2] : "rançongiciel";
        ChromeDriver browser = Chromium.start(Files.createTempDirectory("vigie-bench-downloads"));
        try (ServedWorkbench served = new ServedWorkbench(workspace)) {
            new Workbench(browser, served.root()).signIn(served.url());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(300), Duration.ofMillis(20));
            String root = served.root();
            Map<String, List<double[]>> figures = new LinkedHashMap<>();
            Object drawn = null;
            for (int run = 0; run <= runs; run++) { // run 0 warms the caches and is not counted
                measure(browser, wait, root + "/vues/recherche?q=" + Workbench.encoded(query), ".hit a", figures, "Recherche", run);
                String document = browser.findElement(By.cssSelector(".hit a")).getAttribute("href");
                measure(browser, wait, document, "#text mark", figures, "Document", run);
                String entity = browser.findElement(By.cssSelector("#entities a")).getAttribute("href");
                measure(browser, wait, entity, "#mentions li mark", figures, "Entité", run);
                measure(browser, wait, root + "/vues/graphe", "body[data-layout-millis]", figures, "Graphe (tout le corpus)", run);
                drawn = browser.executeScript("return window.vigieGraph.nodes().length + ' nodes, '"
                        + " + window.vigieGraph.edges().length + ' edges';");
                if (run > 0) {
                    figures.computeIfAbsent("Graphe : mise en page fCoSE", k -> new ArrayList<>()).add(new double[] {0,
                            Double.parseDouble(browser.findElement(By.tagName("body")).getAttribute("data-layout-millis"))});
                }
                measure(browser, wait, root + "/vues/note", "#sections input", figures, "Note de synthèse (formulaire)", run);
            }
            System.out.println("whole-corpus graph drawn: " + drawn);
            layout500(browser, runs, figures);
            System.out.println("| view | first byte (median, ms) | rendered (median, ms) |");
            System.out.println("| --- | --- | --- |");
            figures.forEach((view, list) -> System.out.printf("| %s | %s | %.0f |%n", view,
                    list.get(0)[0] == 0 ? "—" : String.format("%.0f", median(list, 0)), median(list, 1)));
        } finally {
            browser.quit();
        }
    }

    /** fCoSE on the seeded random graph of GraphLayoutTest: 500 nodes, 1 500 edges, in the bundle's own page. */
    private static void layout500(ChromeDriver browser, int runs, Map<String, List<double[]>> figures) throws Exception {
        Path dir = Files.createTempDirectory("vigie-bench-graph");
        browser.get(WebPages.graphPage(dir).toUri().toString());
        for (int run = 0; run <= runs; run++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> drawn = (Map<String, Object>) browser.executeAsyncScript(WebPages.DRAW_RANDOM_GRAPH, 500, 1500);
            if (run > 0) {
                figures.computeIfAbsent("Mise en page fCoSE, 500 nœuds / 1 500 liens (aléatoire)", k -> new ArrayList<>())
                        .add(new double[] {0, ((Number) drawn.get("millis")).doubleValue()});
            }
            browser.navigate().refresh();
        }
    }

    private static void measure(ChromeDriver browser, WebDriverWait wait, String url, String done,
            Map<String, List<double[]>> figures, String view, int run) {
        browser.get(url);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(done)));
        Object now = browser.executeScript("return performance.now();");
        Object firstByte = browser.executeScript("return performance.getEntriesByType('navigation')[0].responseStart;");
        if (run > 0) {
            figures.computeIfAbsent(view, k -> new ArrayList<>()).add(new double[] {((Number) firstByte).doubleValue(),
                    ((Number) now).doubleValue()});
        }
    }

    private static double median(List<double[]> values, int column) {
        double[] sorted = values.stream().mapToDouble(v -> v[column]).sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
