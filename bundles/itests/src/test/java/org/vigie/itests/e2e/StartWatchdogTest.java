package org.vigie.itests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start that never reaches a runnable state ends with one line and a non-zero exit, never a silent wait. */
class StartWatchdogTest {

    @TempDir
    Path dir;

    @Test
    void aStartThatCannotBecomeRunnableEndsWithOneLineNamingWhatIsMissing() throws Exception {
        // plugins said to run at 12, a level the launcher never takes the framework to: the start
        // can never complete, and the watchdog must say so after its limit
        VigieProcess.Result result = VigieProcess.run(
                Map.of("VIGIE_JAVA_OPTS", "-Dvigie.start.timeout=10 -Dvigie.plugins.startlevel=12"),
                dir.resolve("ws"), "-c", "vigie:status");
        assertEquals(4, result.exitCode(), result.toString());
        List<String> lines = result.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "one line on stderr:\n" + result);
        assertEquals("vigie: start-up did not complete within 10 s: the framework is at start level 11 of 12",
                lines.get(0), result.toString());
        assertTrue(result.out().isEmpty(), "the command never ran:\n" + result);
    }

    @Test
    void aFreshStartRunsItsCommandAndPrintsNoStackTrace() throws Exception {
        VigieProcess.Result result = VigieProcess.run(dir.resolve("fresh"), "-c", "vigie:status");
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().startsWith("Vigie "), result.toString());
        assertTrue(result.err().isEmpty(), "nothing on stderr (no profile stack trace):\n" + result);
    }
}
