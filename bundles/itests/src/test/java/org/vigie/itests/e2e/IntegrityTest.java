package org.vigie.itests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus and the entity index agree after removals, crashes between their commits, and layout changes. */
class IntegrityTest {

    @TempDir
    Path dir;

    @Test
    void removingADocumentRemovesItsEntities() throws Exception {
        Path workspace = dir.resolve("ws");
        VigieProcess.Result imported = VigieProcess.run(workspace, "-c", "corpus:import " + article());
        assertEquals(0, imported.exitCode(), imported.toString());
        String id = VigieProcess.run(workspace, "-c", "corpus:list").out().lines().skip(1).findFirst().orElseThrow()
                .split(" ")[0];

        VigieProcess.Result removed = VigieProcess.run(workspace, "-c",
                "corpus:remove " + id + "; entities:list --type ORGANIZATION; entities:export --out " + dir.resolve("e.jsonl"));

        assertEquals(0, removed.exitCode(), removed.toString());
        assertFalse(removed.out().contains("Interpol"), "no entity of the removed document is listed:\n" + removed);
        assertTrue(removed.out().contains(": 0 documents (0 never extracted), 0 entities"), removed.toString());
    }

    @Test
    void entitiesLostBetweenTheTwoCommitsAreExtractedAtTheNextStart() throws Exception {
        Path workspace = dir.resolve("ws");
        assertEquals(0, VigieProcess.run(workspace, "-c", "vigie:status").exitCode());
        Path index = workspace.resolve("entities/index");
        Path before = copy(index, dir.resolve("index-before-import"));
        assertEquals(0, VigieProcess.run(workspace, "-c", "corpus:import " + article()).exitCode());
        // as after a kill -9 between the corpus commit and the entity index's: the corpus holds the
        // document, the entity index is as it was before the import
        deleteTree(index);
        copy(before, index);

        VigieProcess.Result checked = VigieProcess.run(workspace, "-c",
                "vigie:check; entities:export --out " + dir.resolve("e.jsonl"));

        assertEquals(0, checked.exitCode(), checked.toString());
        assertTrue(checked.out().lines().anyMatch(l -> l.equals("check: 1 documents, 1 extracted again, 0 orphan results"
                + " dropped") || l.equals("check: corpus and entity index agree (1 documents)")), checked.toString());
        assertTrue(checked.out().contains(": 1 document (0 never extracted), "), checked.toString());
        VigieProcess.Result listed = VigieProcess.run(workspace, "-c", "entities:list --type ORGANIZATION");
        assertTrue(listed.out().contains("Interpol"), listed.toString());
    }

    @Test
    void anEntityIndexOfANewerLayoutIsRefusedWithOneLineAndLeftAsItIs() throws Exception {
        Path workspace = dir.resolve("ws");
        assertEquals(0, VigieProcess.run(workspace, "-c", "corpus:import " + article()).exitCode());
        Path index = workspace.resolve("entities/index");
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(index), new IndexWriterConfig(new KeywordAnalyzer()))) {
            writer.setLiveCommitData(Map.of("vigie.entities.schema", "99").entrySet());
            writer.commit();
        }
        Map<String, Long> files = files(index);

        VigieProcess.Result refused = VigieProcess.run(workspace, "-c", "entities:list");

        assertNotEquals(0, refused.exitCode(), refused.toString());
        assertTrue(refused.err().lines().anyMatch(l -> l.equals("error: cannot open the entity index " + index
                + ": it has layout 99, written by a newer Vigie (this one reads layout 4); open the workspace with that"
                + " Vigie")), refused.toString());
        assertEquals(files, files(index), "the index is left as it was");
        VigieProcess.Result importing = VigieProcess.run(workspace, "-c", "corpus:import " + dir.resolve("other.txt"));
        assertNotEquals(0, importing.exitCode(), "an import is refused before it stores anything:\n" + importing);
    }

    private Path article() throws Exception {
        Path article = dir.resolve("article.txt");
        Files.writeString(article, "Coopération policière à Lyon\n\nLe secrétaire général d'Interpol, Valdecy Urquiza, "
                + "a reçu le 3 novembre 2025 à Lyon une délégation du ministère de l'Intérieur.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("other.txt"), "Europol à La Haye\n\nUne réunion s'est tenue à La Haye.\n",
                StandardCharsets.UTF_8);
        return article;
    }

    private static Path copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    private static void deleteTree(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(directory);
    }

    private static Map<String, Long> files(Path directory) throws Exception {
        try (Stream<Path> listing = Files.list(directory)) {
            List<Path> files = listing.toList();
            return files.stream().collect(Collectors.toMap(p -> p.getFileName().toString(), p -> p.toFile().length()));
        }
    }
}
