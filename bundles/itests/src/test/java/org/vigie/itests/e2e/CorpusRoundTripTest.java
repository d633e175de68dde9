package org.vigie.itests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code corpus:export} then {@code corpus:import} of its file into a fresh workspace gives back the
 * same documents (ids and every metadata field, text and raw text), and so the same entities: the
 * backup and migration path, through {@code ./vigie}, with the sample text, HTML and JSON Lines articles.
 */
class CorpusRoundTripTest {
    private static final String LIST = "corpus:list --json --limit 1000";

    @TempDir
    Path dir;

    @Test
    void aFreshWorkspaceGetsTheSameIdsMetadataAndEntitiesBack() throws Exception {
        Path backup = dir.resolve("corpus.jsonl");
        VigieProcess.Result first = VigieProcess.run(dir.resolve("ws1"), "-c", "corpus:import --tag case=hanoi "
                + VigieProcess.REPO.resolve("samples/articles") + "; corpus:export --out " + backup
                + "; entities:export --out " + dir.resolve("e1.jsonl") + "; " + LIST);
        assertEquals(0, first.exitCode(), first.toString());
        assertTrue(first.out().contains("wrote " + backup + ": 8 documents"), first.toString());

        Path again = dir.resolve("again.jsonl");
        VigieProcess.Result second = VigieProcess.run(dir.resolve("ws2"), "-c", "corpus:import " + backup
                + "; corpus:export --out " + again + "; entities:export --out " + dir.resolve("e2.jsonl") + "; " + LIST);
        assertEquals(0, second.exitCode(), second.toString());

        assertEquals(jsonLines(first.out()), jsonLines(second.out()), "ids and metadata");
        assertEquals(Files.readString(backup, StandardCharsets.UTF_8), Files.readString(again, StandardCharsets.UTF_8),
                "every stored field, texts included, byte for byte");
        assertEquals(sorted(dir.resolve("e1.jsonl")), sorted(dir.resolve("e2.jsonl")), "entities");
        assertTrue(Files.readString(dir.resolve("e1.jsonl")).contains("\"Interpol\""), "entities were extracted");
    }

    @Test
    void anEditedLineIsRefusedAndTheRestRestored() throws Exception {
        Path backup = dir.resolve("corpus.jsonl");
        VigieProcess.Result first = VigieProcess.run(dir.resolve("ws1"), "-c", "corpus:import "
                + VigieProcess.REPO.resolve("samples/articles/07-dossiers.jsonl") + "; corpus:export --out " + backup);
        assertEquals(0, first.exitCode(), first.toString());
        List<String> lines = Files.readAllLines(backup, StandardCharsets.UTF_8);
        Files.write(backup, List.of(lines.get(0).replace("Europol", "Eurojust"), lines.get(1)), StandardCharsets.UTF_8);

        VigieProcess.Result second = VigieProcess.run(dir.resolve("ws2"), "-c", "corpus:import " + backup + "; " + LIST);

        assertEquals(0, second.exitCode(), second.toString());
        assertTrue(second.err().contains("line 1: \"id\" "), second.toString());
        assertTrue(second.err().contains("is not the SHA-256 of its \"text\""), second.toString());
        assertEquals(1, jsonLines(second.out()).size(), second.toString());
    }

    private static List<String> jsonLines(String out) {
        return out.lines().filter(line -> line.startsWith("{")).sorted().toList();
    }

    private static List<String> sorted(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().sorted().toList();
    }
}
