package org.vigie.itests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's treaties, each named several ways by the sample articles, are listed once, and
 * {@code entities:show} says which sentence merged each name; a merge lasts through
 * {@code entities:extract --all}, goes with the document that alone declared it and comes back with it.
 */
class AliasResolutionTest {

    private static final List<String> BUDAPEST = List.of("Convention de Budapest", "Convention sur la cybercriminalité",
            "Convention de Budapest du Conseil de l’Europe");
    private static final List<String> HANOI = List.of("Convention des Nations unies contre la cybercriminalité",
            "Convention de Hanoï");
    private static final String LIST_LAWS = "entities:list --top 0 --type LAW";

    @TempDir
    Path dir;

    @Test
    void theDemoListsEachTreatyOnceAndShowsTheSentencesThatMergedItsNames() throws Exception {
        Path workspace = dir.resolve("ws");
        VigieProcess.Result listed = VigieProcess.run(workspace, "-c", "corpus:import " + articles() + "; " + LIST_LAWS);
        assertEquals(0, listed.exitCode(), listed.toString());
        assertEquals(1, rowsNaming(listed.out(), BUDAPEST), listed.toString());
        assertEquals(1, rowsNaming(listed.out(), HANOI), listed.toString());

        VigieProcess.Result shown = VigieProcess.run(workspace, "-c",
                "entities:show Convention de Hanoï; entities:show Convention sur la cybercriminalité");
        assertEquals(0, shown.exitCode(), shown.toString());
        assertTrue(shown.out().startsWith("Convention des Nations unies contre la cybercriminalité  (LAW,"), shown.toString());
        assertTrue(shown.out().contains("merged with \"Convention de Hanoï\": doc 36f3731f3c73"), shown.toString());
        assertTrue(shown.out().contains("« Le nom de « Convention de Hanoï » s’est imposé dans la presse"), shown.toString());
        assertTrue(shown.out().contains("\nConvention de Budapest  (LAW, 4 mentions in 2 documents)"), shown.toString());
        assertTrue(shown.out().contains("merged with \"Convention sur la cybercriminalité\": doc 14b0859b0ab0"
                + "8e775f9a5b57061c69284e6eb63cf72ccd11a460abf3fd3a9bee, « Connue sous le nom de Convention de Budapest,"),
                shown.toString());
    }

    @Test
    void aMergeLastsThroughExtractionGoesWithItsDocumentAndComesBackWithIt() throws Exception {
        Path workspace = dir.resolve("ws");
        VigieProcess.Result extracted = VigieProcess.run(workspace, "-c", "corpus:import " + articles()
                + "; entities:extract --all; " + LIST_LAWS);
        assertEquals(0, extracted.exitCode(), extracted.toString());
        assertEquals(1, rowsNaming(extracted.out(), BUDAPEST), extracted.toString());

        // the article about the Budapest convention alone says it is the Convention sur la cybercriminalité
        VigieProcess.Result removed = VigieProcess.run(workspace, "-c", "corpus:remove 14b0859b0ab0; " + LIST_LAWS
                + "; entities:show Convention de Budapest du Conseil de l’Europe");
        assertEquals(0, removed.exitCode(), removed.toString());
        assertFalse(removed.out().contains("Convention sur la cybercriminalité"), removed.toString());
        assertFalse(removed.out().contains("merged with \"Convention"), removed.toString());

        VigieProcess.Result again = VigieProcess.run(workspace, "-c", "corpus:import " + articles() + "; " + LIST_LAWS);
        assertEquals(0, again.exitCode(), again.toString());
        assertEquals(1, rowsNaming(again.out(), BUDAPEST), again.toString());
    }

    /** The rows of an {@code entities:list} table naming one of {@code names} (names are cut at 60 characters). */
    private static long rowsNaming(String table, List<String> names) {
        return table.lines().filter(row -> names.stream().anyMatch(name -> row.startsWith(name + " ")
                || name.length() > 59 && row.startsWith(name.substring(0, 59)))).count();
    }

    private static Path articles() {
        return VigieProcess.REPO.resolve("samples/articles");
    }
}
