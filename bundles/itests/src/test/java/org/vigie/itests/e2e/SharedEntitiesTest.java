package org.vigie.itests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.testing.opensearch.OpenSearchNode;
import org.vigie.testing.opensearch.RunningOpenSearch;

/**
 * The entity index on OpenSearch through ./vigie (skipped with one line when no node can start):
 * analyst A imports the samples on the cluster; analyst B, in another workspace switched to the
 * same cluster, extracts nothing and sees the same entities, entity pages and briefing as a
 * workspace that imported the samples on the embedded store; a removal by A reaches B.
 */
@ExtendWith(RunningOpenSearch.class)
class SharedEntitiesTest {
    private static final Path SAMPLES = VigieProcess.REPO.resolve("samples/articles");
    private static final String QUESTIONS = "entities:list; entities:show Interpol; entities:show 'Lương Tam Quang';"
            + " report:brief --format markdown --date 2026-01-01 --title Veille --out ";

    private static final String THEN = "after the removal";

    @TempDir
    Path dir;

    @Test
    void anotherAnalystOnTheClusterSeesTheEntitiesOfTheEmbeddedStore(OpenSearchNode node) throws Exception {
        String use = "store:use opensearch --url " + node.url().toString().replaceAll("/$", "") + " --index-prefix shared-"
                + UUID.randomUUID().toString().substring(0, 8) + "; ";
        VigieProcess.Result analystA = run("a", use + "corpus:import " + SAMPLES + "; " + QUESTIONS);
        String removed = firstDocument(analystA);
        String removal = "; echo '" + THEN + "'; corpus:remove " + removed + "; entities:list";
        VigieProcess.Result embedded = run("embedded", "corpus:import " + SAMPLES + "; " + QUESTIONS + removal);
        VigieProcess.Result analystB = run("b", use + QUESTIONS + removal);
        VigieProcess.Result afterA = run("a", "entities:list");

        assertEquals(answers(embedded), answers(analystA), analystA.toString());
        assertEquals(answers(embedded), answers(analystB), analystB.toString());
        assertEquals(Files.readString(dir.resolve("embedded.md")), Files.readString(dir.resolve("b.md")));
        assertFalse(analystB.out().contains("extracted"), "B extracts nothing: " + analystB);
        assertEquals(afterRemoval(embedded), afterRemoval(analystB), analystB.toString());
        assertEquals(afterRemoval(embedded), table(afterA.out().lines().toList()), "B's removal reaches A: " + afterA);
    }

    private VigieProcess.Result run(String workspace, String script) throws Exception {
        VigieProcess.Result result = VigieProcess.run(dir.resolve("ws-" + workspace), "-c",
                script.replace("--out ", "--out " + dir.resolve(workspace + ".md")));
        assertEquals(0, result.exitCode(), result.toString());
        return result;
    }

    /** What the questions printed: the entity tables and pages, without the store, import and removal lines. */
    private static List<String> answers(VigieProcess.Result result) {
        return table(result.out().lines().takeWhile(l -> !l.equals(THEN)).filter(l -> !l.startsWith("wrote ")).toList());
    }

    private static List<String> afterRemoval(VigieProcess.Result result) {
        return table(result.out().lines().dropWhile(l -> !l.equals(THEN)).toList());
    }

    /** From the first entity table on. */
    private static List<String> table(List<String> lines) {
        return lines.stream().dropWhile(l -> !l.startsWith("NAME ")).toList();
    }

    private static String firstDocument(VigieProcess.Result result) {
        return result.out().lines().filter(l -> l.matches("\\s*[0-9a-f]{12}\\s.*")).findFirst().orElseThrow(
                () -> new AssertionError("no document id in " + result)).strip().substring(0, 12);
    }

    static {
        assertTrue(Files.isDirectory(SAMPLES), "the samples are at " + SAMPLES);
    }
}
