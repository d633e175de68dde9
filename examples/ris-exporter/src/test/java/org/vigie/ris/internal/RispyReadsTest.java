package org.vigie.ris.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.DocumentSummary;

/**
 * The RIS written, read back by a real reader: rispy 0.10.0 (vendored under
 * {@code src/test/resources/rispy}, see its README), run with python3; skipped where python3 is absent.
 */
class RispyReadsTest {

    /** Prints each reference as TYPE|title|outlet|date|url|language|keywords;|id and any tag rispy does not know. */
    private static final String READ = """
            import sys, rispy
            with open(sys.argv[1], encoding="utf-8", newline="") as f:
                refs = rispy.load(f, newline="\\r\\n")
            for r in refs:
                print("|".join([r.get("type_of_reference", ""), r.get("title", ""), r.get("secondary_title", ""),
                    r.get("date", ""), ";".join(r.get("urls", [])), r.get("language", ""), ";".join(r.get("keywords", [])),
                    r.get("id", ""), str(r.get("unknown_tag", ""))]))
            """;

    @TempDir
    Path dir;

    @Test
    void rispyReadsEveryReferenceWithItsFields() throws Exception {
        assumeTrue(python(), "python3 is not installed");
        DocumentSummary news = Exports.document("a1", "Europol, Interpol : « opération » à Lyon", "Le Monde",
                "https://lemonde.example/2025/x", LocalDate.of(2025, 11, 30), "fr");
        DocumentSummary page = Exports.document("b2", "Hanoï\r\nmultiligne", null, "https://vnexpress.example/y", null, "vi");
        Path ris = dir.resolve("sources.ris");
        Files.writeString(ris, Exports.ris(List.of(news, page), Map.of("a1",
                List.of(Exports.entity("ORGANIZATION", "Europol", 2), Exports.entity("ORGANIZATION", "Interpol", 3)))));
        assertEquals(List.of(
                "NEWS|Europol, Interpol : « opération » à Lyon|Le Monde|2025/11/30/|https://lemonde.example/2025/x|fr|Interpol;Europol|a1|",
                "ELEC|Hanoï  multiligne|||https://vnexpress.example/y|vi||b2|"), read(ris));
    }

    private List<String> read(Path ris) throws IOException, InterruptedException, URISyntaxException {
        Path rispy = Path.of(getClass().getResource("/rispy/__init__.py").toURI()).getParent().getParent();
        Path script = dir.resolve("read.py");
        Files.writeString(script, READ);
        ProcessBuilder builder = new ProcessBuilder("python3", script.toString(), ris.toString()).redirectErrorStream(true);
        builder.environment().put("PYTHONPATH", rispy.toString());
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), out);
        return out.lines().toList();
    }

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor(20, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
