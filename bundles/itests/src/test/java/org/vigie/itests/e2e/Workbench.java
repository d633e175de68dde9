package org.vigie.itests.e2e;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The served workbench as a browser test sees it: open a view, wait for what it draws, photograph it. */
final class Workbench {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ChromeDriver browser;
    private final String root;
    private final WebDriverWait wait;

    Workbench(ChromeDriver browser, String root) {
        this.browser = browser;
        this.root = root;
        this.wait = new WebDriverWait(browser, PATIENCE);
    }

    ChromeDriver browser() {
        return browser;
    }

    /**
     * Presents the token address until the access cookie is set: web:serve prints the address as soon
     * as the port is bound, and the whiteboard may take a moment more to serve it.
     */
    void signIn(String tokenUrl) {
        until(driver -> {
            driver.get(tokenUrl);
            return driver.manage().getCookies().stream().anyMatch(c -> c.getName().startsWith("vigie_csrf_")) ? true : null;
        });
    }

    void open(String path) {
        browser.get(root + path);
    }

    void await(By what) {
        until(ExpectedConditions.presenceOfElementLocated(what));
    }

    void awaitText(By where, String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(where, text));
    }

    void awaitGone(By what) {
        until(ExpectedConditions.numberOfElementsToBe(what, 0));
    }

    /** Waits for a condition; when it never holds, says what the page showed instead. */
    private <T> T until(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
        try {
            return wait.until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(e.getMessage().lines().findFirst().orElse("timeout") + " on " + browser.getCurrentUrl()
                    + ", which shows:\n" + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** The entity keys the Graphe view drew for the whole corpus, once its layout is done. */
    @SuppressWarnings("unchecked")
    List<String> graphNodes() {
        open("/vues/graphe");
        until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.tagName("body")), "data-layout-millis"));
        return (List<String>) browser.executeScript("return window.vigieGraph.nodes().map(n => n.id());");
    }

    /** The first PDF that lands whole in {@code downloads}. */
    Path awaitDownload(Path downloads) {
        return until(driver -> {
            try (Stream<Path> files = Files.list(downloads)) {
                Optional<Path> pdf = files.filter(p -> p.toString().endsWith(".pdf")).findFirst();
                return pdf.orElse(null);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** A PNG of the page as it is, into {@code vigie.screenshots} (default target/screenshots). */
    void photograph(String name) throws IOException {
        Path folder = Path.of(System.getProperty("vigie.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
