package org.vigie.itests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The analyst's whole job in headless Chromium against {@code ./vigie -c 'web:serve'} on the sample
 * articles: search, open a document, open an entity from it, merge two names of one ministry and
 * see the graph lose a node, write and download a briefing, and a plugin's view appear in the
 * navigation when its jar enters the workspace's plugins folder and leave when it goes. Each view
 * is photographed into {@code vigie.screenshots} (default {@code target/screenshots}).
 */
class WorkbenchBrowserTest {

    private static final String MINISTRY = "ORGANIZATION:ministere de la securite publique";
    private static final String POLICE = "ORGANIZATION:police vietnamienne";

    @TempDir
    Path dir;

    @Test
    void searchReadCorrectBriefAndAPluginViewComingAndGoing() throws Exception {
        Chromium.assumeInstalled();
        Path workspace = dir.resolve("ws");
        VigieProcess.Result prepared = VigieProcess.run(workspace, "-c",
                "corpus:import " + VigieProcess.REPO.resolve("samples/articles") + "; entities:extract --all");
        assertEquals(0, prepared.exitCode(), prepared.toString());
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        ChromeDriver browser = Chromium.start(downloads);
        try (ServedWorkbench served = new ServedWorkbench(workspace)) {
            Workbench page = new Workbench(browser, served.root());
            page.signIn(served.url()); // the token becomes a cookie, then the address loses it
            searchAndRead(page);
            List<String> before = page.graphNodes();
            assertTrue(before.contains(MINISTRY) && before.contains(POLICE), before.toString());
            page.photograph("graphe");
            merge(page);
            List<String> after = page.graphNodes();
            assertTrue(after.contains(MINISTRY) && !after.contains(POLICE), after.toString());
            brief(page, downloads);
            pluginView(page, workspace);
        } finally {
            browser.quit();
        }
    }

    private static void searchAndRead(Workbench page) throws Exception {
        page.open("/vues/recherche?q=Interpol");
        page.await(By.cssSelector(".hit a"));
        page.photograph("recherche");
        page.browser().findElement(By.cssSelector(".hit a")).click();
        page.await(By.cssSelector("#text mark"));
        assertFalse(page.browser().findElements(By.cssSelector("#text a.mention")).isEmpty(), "entities are links");
        page.photograph("document");
        page.browser().findElement(By.cssSelector("#entities a")).click();
        page.await(By.cssSelector("#mentions li mark"));
        assertTrue(page.browser().getCurrentUrl().contains("/vues/entite?key="), page.browser().getCurrentUrl());
    }

    private static void merge(Workbench page) throws Exception {
        page.open("/vues/entite?key=" + Workbench.encoded(MINISTRY));
        page.await(By.cssSelector("#mentions li mark"));
        page.browser().findElement(By.id("merge-with")).sendKeys("Police vietnamienne");
        page.browser().findElement(By.id("note")).sendKeys("même ministère");
        page.browser().findElement(By.id("merge")).click();
        page.awaitText(By.id("action-status"), "enregistrée");
        page.awaitText(By.id("history"), "merge");
        String aliases = page.browser().findElement(By.id("facts")).getText();
        assertTrue(aliases.contains("Police vietnamienne"), aliases);
        page.photograph("entite");
    }

    private static void brief(Workbench page, Path downloads) throws Exception {
        page.open("/vues/note");
        page.await(By.cssSelector("#sections input[type=checkbox]"));
        page.browser().findElement(By.id("q")).sendKeys("Interpol");
        page.browser().findElement(By.id("title")).sendKeys("Interpol en 2025");
        page.browser().findElement(By.id("write")).click();
        page.await(By.id("download-link"));
        page.photograph("note");
        page.browser().findElement(By.id("download-link")).click();
        Path pdf = page.awaitDownload(downloads);
        assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static void pluginView(Workbench page, Path workspace) throws Exception {
        page.open("/vues/recherche");
        Path jar = workspace.resolve("plugins").resolve(VigieProcess.example("ioc-extractor").getFileName());
        Files.copy(VigieProcess.example("ioc-extractor"), jar);
        page.awaitText(By.id("views"), "Indicateurs");
        page.browser().findElement(By.linkText("Indicateurs")).click();
        page.awaitText(By.id("status"), "indicateur");
        page.photograph("indicateurs");
        page.open("/vues/recherche");
        Files.delete(jar);
        page.awaitGone(By.linkText("Indicateurs"));
    }
}
