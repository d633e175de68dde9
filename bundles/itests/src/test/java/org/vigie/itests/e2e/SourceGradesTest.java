package org.vigie.itests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grading the sample articles' outlet and one article through ./vigie: the grades are decisions
 * kept in the workspace, listed by corpus:grades, and the briefing says them in its citations, its
 * sources list and its bottom line. Skipped while no curation log is deployed.
 */
class SourceGradesTest {

    @TempDir
    Path dir;

    @Test
    void gradesAreKeptInTheWorkspaceListedAndWrittenIntoTheBriefing() throws Exception {
        Path ws = dir.resolve("ws");
        Path articles = VigieProcess.REPO.resolve("samples/articles");
        VigieProcess.Result graded = VigieProcess.run(ws, "-c",
                "corpus:import " + articles + "; corpus:grade vigie exemples f --note 'agrégateur non vérifié'");
        assumeFalse(graded.err().contains("no curation log is running"),
                "no curation log deployed (org.vigie.curation): " + graded.err().strip());
        assertEquals(0, graded.exitCode(), graded.toString());
        assertTrue(graded.out().contains("graded Vigie Exemples F (reliability cannot be judged), decision "), graded.toString());

        VigieProcess.Result typo = VigieProcess.run(ws, "-c", "corpus:grade 'Vigie Exempels' B");
        assertNotEquals(0, typo.exitCode(), typo.toString());
        assertEquals(List.of("error: cannot grade Vigie Exempels: no source of that name in the corpus; close: "
                + "Vigie Exemples; --force grades a source not imported yet"), typo.err().strip().lines().toList());

        String id = VigieProcess.run(ws, "-c", "corpus:list --json --limit 1").out()
                .replaceAll("(?s).*\"id\":\"([0-9a-f]+)\".*", "$1");
        Path briefing = dir.resolve("note.md");
        VigieProcess.Result listed = VigieProcess.run(ws, "-c", "corpus:grade --document " + id.substring(0, 8)
                + " 5 --note 'démenti'; corpus:grades; report:brief --out " + briefing + " --format markdown");
        assertEquals(0, listed.exitCode(), listed.toString());
        assertTrue(listed.out().lines().anyMatch(l -> l.matches("Vigie Exemples +F +\\S+ +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC "
                + "+agrégateur non vérifié")), listed.toString());
        assertTrue(listed.out().lines().anyMatch(l -> l.matches("document " + id.substring(0, 12) + " .* 5 .* démenti")),
                listed.toString());

        String md = Files.readString(briefing);
        assertTrue(md.contains("**Cotation F5** : fiabilité de la source impossible à évaluer, information improbable."), md);
        assertTrue(md.contains("**Cotation F** : fiabilité de la source impossible à évaluer."), md);
        assertTrue(md.matches("(?s).*\\[\\\\\\[\\d+\u00a0·\u00a0F5?\\\\\\]\\]\\(#source-\\d+\\).*"), "graded citations: " + md);
        assertTrue(!md.matches("(?s).*\\[\\\\\\[\\d+\\\\\\]\\]\\(#source-\\d+\\).*"), "no ungraded citation: " + md);
        String bottomLine = md.substring(md.indexOf("## L’essentiel"), md.indexOf("## Acteurs clés"));
        assertTrue(bottomLine.contains("source peu fiable : F"), bottomLine);
    }
}
