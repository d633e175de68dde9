package org.vigie.itests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A format that appears and leaves at runtime, through {@code ./vigie}: the example plugin
 * {@code examples/ris-exporter} installed adds {@code ris} to {@code export:formats} and
 * {@code plugins:list} and writes one RIS reference per document; removed, the format is gone
 * and asking for it is one line naming it and the formats left.
 */
class ExporterPluginTest {

    private static final String PLUGIN = "org.vigie.ris-exporter";

    @TempDir
    Path dir;

    @Test
    void anExporterPluginAddsItsFormatAndTakesItAwayWhenRemoved() throws Exception {
        Path ws = dir.resolve("ws");
        Path ris = dir.resolve("sources.ris");
        VigieProcess.Result installed = run(ws, "corpus:import " + VigieProcess.REPO.resolve("samples/articles")
                + "; plugins:install " + VigieProcess.example("ris-exporter") + "; export:formats; plugins:list"
                + "; export:write --format ris --out " + ris);
        assertTrue(installed.out().lines().anyMatch(l -> l.matches("ris +ris +application/x-research-info-systems +.* "
                + Pattern.quote(PLUGIN))), installed.toString());
        assertTrue(installed.out().contains("exporter ris: the sources as an RIS citation list"), installed.toString());
        Matcher wrote = Pattern.compile("wrote " + Pattern.quote(ris.toString()) + " \\(ris\\): .*, (\\d+) documents in")
                .matcher(installed.out());
        assertTrue(wrote.find(), installed.toString());
        List<String> lines = List.of(Files.readString(ris, StandardCharsets.UTF_8).split("\r\n"));
        assertEquals(Integer.parseInt(wrote.group(1)), lines.stream().filter(l -> l.equals("ER  - ")).count());
        assertEquals(lines.stream().filter(l -> l.startsWith("TY  - ")).count(),
                lines.stream().filter(l -> l.startsWith("ID  - ")).count());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("KW  - ")), "the documents' names as keywords");

        VigieProcess.Result removed = run(ws, "plugins:remove " + PLUGIN + "; export:formats; plugins:list");
        assertFalse(removed.out().lines().anyMatch(l -> l.startsWith("ris ")), removed.toString());
        assertFalse(removed.out().contains("exporter ris"), removed.toString());

        Path gone = dir.resolve("gone.ris");
        VigieProcess.Result unknown = VigieProcess.run(ws, "-c", "export:write --format ris --out " + gone);
        assertNotEquals(0, unknown.exitCode(), unknown.toString());
        List<String> error = unknown.err().strip().lines().toList();
        assertEquals(1, error.size(), unknown.toString());
        assertTrue(error.get(0).matches("error: unknown format 'ris': export:formats lists (\\w+, )*csv(, \\w+)*")
                && !error.get(0).contains("lists ris") && !error.get(0).contains(", ris"), error.get(0));
        assertFalse(Files.exists(gone));
    }

    private static VigieProcess.Result run(Path workspace, String script) throws IOException, InterruptedException {
        VigieProcess.Result result = VigieProcess.run(workspace, "-c", script);
        assertEquals(0, result.exitCode(), result.toString());
        return result;
    }
}
