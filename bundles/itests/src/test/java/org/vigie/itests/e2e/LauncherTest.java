package org.vigie.itests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported distribution, started through ./vigie as a separate process. */
class LauncherTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void theDistributionIsBuilt() {
        assertTrue(Files.isRegularFile(VigieProcess.REPO.resolve("distribution/target/vigie.jar")),
                "distribution/target/vigie.jar exists (built before this module)");
    }

    @Test
    void listsTheRuntimeAndVigieBundlesAllActive() throws Exception {
        VigieProcess.Result result = VigieProcess.run(dir.resolve("ws"), "-c", "lb");
        assertEquals(0, result.exitCode(), result.toString());
        for (String bundle : new String[] {"Apache Felix Declarative Services", "Apache Felix Gogo Runtime",
            "Apache Felix Gogo JLine Shell", "Vigie corpus store", "Vigie French extractor", "Vigie shell commands"}) {
            assertTrue(result.out().lines().anyMatch(l -> l.contains(bundle) && l.contains("Active")),
                    bundle + " is listed Active:\n" + result);
        }
        assertTrue(result.out().lines().filter(l -> l.contains("Vigie ")).noneMatch(l -> l.contains("Installed")),
                result.toString());
    }

    @Test
    void anUnknownCommandFailsWithOneLineAndNonZeroExit() throws Exception {
        VigieProcess.Result result = VigieProcess.run(dir.resolve("ws"), "-c", "vigie:status; no:such; vigie:status");
        assertNotEquals(0, result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("error: ") && result.err().contains("no:such"), result.toString());
        assertEquals(1, result.out().lines().filter(l -> l.startsWith("workspace ")).count(),
                "the script stopped at the failing command:\n" + result);
    }

    @Test
    void runsAScriptFileAndKeepsAccentsInArguments() throws Exception {
        Path script = dir.resolve("tour.gosh");
        Files.writeString(script, "vigie:status\necho \"Lương Tam Quang à Hanoï\"\n", StandardCharsets.UTF_8);
        VigieProcess.Result result = VigieProcess.run(dir.resolve("ws"), script.toString());
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("Lương Tam Quang à Hanoï"), result.toString());
        assertTrue(result.out().contains("workspace  " + dir.resolve("ws")), result.toString());
    }

    @Test
    void aSecondProcessOnTheSameWorkspaceStopsAtOnce() throws Exception {
        Path workspace = dir.resolve("busy");
        Process first = VigieProcess.start(workspace, "-c", "vigie:status; gogo:sleep 8");
        try {
            Path lock = workspace.resolve(".lock");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!(Files.exists(lock) && Files.size(lock) > 0) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(500);
            VigieProcess.Result second = VigieProcess.run(workspace, "-c", "vigie:status");
            assertEquals(3, second.exitCode(), second.toString());
            assertEquals("workspace " + workspace + " is in use by process " + first.pid(), second.err().strip());
        } finally {
            first.destroy();
            first.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void whatABatchRunImportedIsStillThereForTheNextRun() throws Exception {
        Path article = article();
        VigieProcess.Result imported = VigieProcess.run(dir.resolve("ws"), "-c", "corpus:import " + article);
        assertEquals(0, imported.exitCode(), imported.toString());
        VigieProcess.Result listed = VigieProcess.run(dir.resolve("ws"), "-c", "entities:list --type ORGANIZATION");
        assertEquals(0, listed.exitCode(), listed.toString());
        assertTrue(listed.out().contains("Interpol"), "the entities extracted on import were committed:\n" + listed);
    }

    @Test
    void aProcessEndedByTerminateStopsCleanlyAndKeepsItsResults() throws Exception {
        Path workspace = dir.resolve("ws");
        Process process = VigieProcess.start(workspace, "-c", "corpus:import " + article() + "; gogo:sleep 60");
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && !line.startsWith("imported 1,"); line = out.readLine()) {
                // wait for the import's summary line
            }
            process.destroy(); // SIGTERM, as kill or a closing terminal sends
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process ended");
        }
        VigieProcess.Result listed = VigieProcess.run(workspace, "-c", "entities:list --type ORGANIZATION");
        assertEquals(0, listed.exitCode(), listed.toString());
        assertTrue(listed.out().contains("Interpol"), listed.toString());
    }

    /** A short article written for this test. */
    private Path article() throws Exception {
        Path article = dir.resolve("article.txt");
        Files.writeString(article, "Coopération policière à Lyon\n\nLe secrétaire général d'Interpol, Valdecy Urquiza, "
                + "a reçu le 3 novembre 2025 à Lyon une délégation du ministère de l'Intérieur.\n", StandardCharsets.UTF_8);
        return article;
    }
}
