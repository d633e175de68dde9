package org.vigie.itests.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven through WebDriver: the Debian {@code chromium} and {@code chromium-driver}
 * packages ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}; {@code VIGIE_CHROMIUM} and
 * {@code VIGIE_CHROMEDRIVER} name others). Without them a test skips with one line saying so; Selenium
 * Manager never downloads a browser (the driver and binary are given).
 */
final class Chromium {

    private Chromium() {
    }

    /** Skips the calling test when no browser or driver is installed. */
    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(binary()) && Files.isExecutable(driver()),
                "no Chromium here: apt-get install chromium chromium-driver (or set VIGIE_CHROMIUM, VIGIE_CHROMEDRIVER)");
    }

    /** A headless browser of 1280×900 downloading into {@code downloads}; quit it after use. */
    static ChromeDriver start(Path downloads) {
        assumeInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary().toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--lang=fr-FR", "--disable-gpu", "--no-first-run");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver().toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }

    private static Path binary() {
        return Path.of(System.getenv().getOrDefault("VIGIE_CHROMIUM", "/usr/bin/chromium"));
    }

    private static Path driver() {
        return Path.of(System.getenv().getOrDefault("VIGIE_CHROMEDRIVER", "/usr/bin/chromedriver"));
    }

    /** The file a test page of the web.views bundle's static folder is, as a file: URL. */
    static String staticFile(String path) {
        File file = VigieProcess.REPO.resolve("bundles/web.views/target/classes/static/" + path).toFile();
        return file.toURI().toString();
    }
}
