package org.vigie.itests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.testing.opensearch.OpenSearchNode;
import org.vigie.testing.opensearch.RunningOpenSearch;

/**
 * store:use, store:status and store:copy through ./vigie against a real OpenSearch node (skipped
 * with one line when none can start): a running Vigie switches to the cluster and every command
 * works on it, the choice survives a restart, a bad URL changes nothing, the way back works, and
 * the password is printed nowhere and stored in no file of the workspace.
 */
@ExtendWith(RunningOpenSearch.class)
class StoreSwitchTest {
    private static final String PASSWORD = "Pw-" + UUID.randomUUID();
    private static final Path SAMPLES = VigieProcess.REPO.resolve("samples/articles");

    @TempDir
    Path dir;

    @Test
    void aRunningVigieSwitchesToTheClusterKeepsTheChoiceAndComesBack(OpenSearchNode node) throws Exception {
        Path ws = dir.resolve("ws");
        Path passwordFile = Files.writeString(dir.resolve("password"), PASSWORD + "\n");
        String url = node.url().toString().replaceAll("/$", "");
        String prefix = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        Path brief = dir.resolve("brief.pdf");

        VigieProcess.Result switched = VigieProcess.run(ws, "-c", "corpus:import " + SAMPLES
                + "; store:use opensearch --url " + url + " --index-prefix " + prefix + " --user analyst --password-file "
                + passwordFile + "; corpus:import " + SAMPLES + "; corpus:search convention; report:brief --out " + brief
                + " --query convention; store:status");
        assertEquals(0, switched.exitCode(), switched.toString());
        assertTrue(switched.out().contains("corpus store: opensearch at " + url + " (index prefix " + prefix + ") as analyst"),
                switched.toString());
        assertTrue(switched.out().contains("4 documents match 'convention'"), switched.toString());
        assertTrue(switched.out().contains("wrote " + brief + ": "), switched.toString());
        assertTrue(switched.out().lines().anyMatch(l -> l.matches("health +(green|yellow) \\(1 node\\)")), switched.toString());
        assertTrue(switched.out().lines().anyMatch(l -> l.matches("documents +8")), switched.toString());

        VigieProcess.Result restarted = VigieProcess.run(ws, "-c", "store:status; corpus:search convention");
        assertEquals(0, restarted.exitCode(), restarted.toString());
        assertTrue(restarted.out().lines().anyMatch(l -> l.equals("store      opensearch at " + url + " (index prefix "
                + prefix + ") as analyst")), restarted.toString());
        assertTrue(restarted.out().contains("4 documents match 'convention'"), restarted.toString());

        VigieProcess.Result refused = VigieProcess.run(ws, "-c", "store:use opensearch --url http://127.0.0.1:1");
        assertNotEquals(0, refused.exitCode(), refused.toString());
        assertEquals(List.of("error: cannot reach OpenSearch at http://127.0.0.1:1: connection refused"),
                refused.err().lines().filter(l -> !l.isBlank()).toList(), refused.toString());

        VigieProcess.Result back = VigieProcess.run(ws, "-c", "store:status; store:use embedded; corpus:stats");
        assertEquals(0, back.exitCode(), back.toString());
        assertTrue(back.out().contains("store      opensearch at " + url), "the refused URL changed nothing: " + back);
        assertTrue(back.out().contains("corpus store: embedded"), back.toString());

        VigieProcess.Result embedded = VigieProcess.run(ws, "-c", "store:status");
        assertTrue(embedded.out().lines().anyMatch(l -> l.equals("store      embedded")), embedded.toString());

        for (VigieProcess.Result run : List.of(switched, restarted, refused, back, embedded)) {
            assertFalse((run.out() + run.err()).contains(PASSWORD), "the password is printed: " + run);
        }
        assertPasswordInNoFile(ws);
    }

    @Test
    void aCopyToTheClusterIsVerifiedAndARerunCopiesNothing(OpenSearchNode node) throws Exception {
        Path ws = dir.resolve("ws");
        String url = node.url().toString().replaceAll("/$", "");
        String prefix = "copy-" + UUID.randomUUID().toString().substring(0, 8);

        VigieProcess.Result copied = VigieProcess.run(ws, "-c", "corpus:import " + SAMPLES + "; store:copy --to opensearch"
                + " --url " + url + " --index-prefix " + prefix + "; store:status; store:use opensearch; vigie:check;"
                + " store:status; store:copy --to embedded");
        assertEquals(0, copied.exitCode(), copied.toString());
        List<String> lines = copied.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("copied 8 documents to opensearch at " + url
                + " (index prefix " + prefix + ") (0 already there)")), copied.toString());
        assertTrue(lines.contains("verified: 8 documents in the active store, 8 in the target, every one of the active"
                + " store's ids there"), copied.toString());
        assertTrue(lines.contains("store      embedded"), "a copy does not switch: " + copied);
        assertTrue(lines.contains("entities   the entity index agrees with this store"), copied.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("copied 0 documents to embedded (8 already there)")),
                "the same ids on both sides: " + copied);
    }

    private static void assertPasswordInNoFile(Path ws) throws IOException {
        try (Stream<Path> files = Files.walk(ws)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                assertFalse(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains(PASSWORD),
                        "the password is stored in " + file);
            }
        }
    }
}
