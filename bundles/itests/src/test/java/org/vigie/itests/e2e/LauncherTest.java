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
}
