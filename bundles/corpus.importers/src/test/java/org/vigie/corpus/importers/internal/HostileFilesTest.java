package org.vigie.corpus.importers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.DocumentImporter;
import org.vigie.corpus.api.FileOutcome.Status;
import org.vigie.corpus.api.FileOutcome;
import org.vigie.corpus.api.ImportOptions;
import org.vigie.corpus.api.ImportReport;
import org.vigie.corpus.api.ParsedDocument;
import org.vigie.corpus.importers.internal.text.PlainTextImporter;
import org.vigie.testing.MemoryCorpusStore;

/** Links, special files and importers that hang or run out of memory: each fails its file only. */
class HostileFilesTest {

    private static final String ARTICLE = "Les polices de l'ASEAN renforcent leur coopération contre la fraude.";
    private static final String SECRET = "mot de passe du serveur : hunter2";

    @TempDir
    Path dir;

    private final MemoryCorpusStore store = new MemoryCorpusStore();
    private final DefaultCorpusImporter corpus = new DefaultCorpusImporter();
    private Path folder;
    private Path outside;

    @BeforeEach
    void wire() throws IOException {
        corpus.store = store;
        corpus.importers = List.of(Fixtures.registered("text", new PlainTextImporter(), "service.ranking", -100, "service.id", 1L));
        corpus.listeners = List.of();
        corpus.activate(Fixtures.config(50, 500, 100));
        folder = Files.createDirectories(dir.resolve("dossier"));
        outside = Files.writeString(dir.resolve("secret.txt"), SECRET);
    }

    @Test
    void aLinkToAFileOutsideTheImportedFolderIsRefused() throws IOException {
        Files.createSymbolicLink(folder.resolve("passwd.txt"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(folder.resolve("secret.txt"), outside);
        Files.createSymbolicLink(folder.resolve("relative.txt"), Path.of("../secret.txt"));

        ImportReport report = corpus.importPaths(List.of(folder), ImportOptions.DEFAULT, null);

        assertEquals(Map.of("passwd.txt", "link points outside the imported folder",
                "relative.txt", "link points outside the imported folder",
                "secret.txt", "link points outside the imported folder"), reasons(report));
        assertEquals(0, store.count());
    }

    @Test
    void aLinkToAFileInsideTheImportedFolderIsFollowed() throws IOException {
        Path article = Files.writeString(Files.createDirectories(folder.resolve("textes")).resolve("a.txt"), ARTICLE);
        Files.createSymbolicLink(folder.resolve("lien.txt"), Path.of("textes/a.txt"));

        ImportReport report = corpus.importPaths(List.of(folder), ImportOptions.DEFAULT, null);

        assertEquals("imported 1, unchanged 1, failed 0", report.summary());
        assertEquals(folder.resolve("lien.txt"), report.files().get(0).path());
        assertEquals(ARTICLE, store.documents().get(0).text());
        assertTrue(Files.exists(article));
    }

    @Test
    void aFileNamedOnTheCommandLineIsTheUsersChoiceWhereverItsLinkPoints() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("choisi.txt"), outside);

        ImportReport report = corpus.importPaths(List.of(link), ImportOptions.DEFAULT, null);

        assertEquals("imported 1, unchanged 0, failed 0", report.summary());
        assertEquals(SECRET, store.documents().get(0).text());
    }

    @Test
    void danglingLinksLoopsAndLinksToFoldersEachGetTheirOwnLine() throws IOException {
        Files.createSymbolicLink(folder.resolve("a-dangling.txt"), folder.resolve("absent.txt"));
        Files.createSymbolicLink(folder.resolve("b-loop.txt"), folder.resolve("c-loop.txt"));
        Files.createSymbolicLink(folder.resolve("c-loop.txt"), folder.resolve("b-loop.txt"));
        Files.createSymbolicLink(folder.resolve("d-folder"), Files.createDirectories(folder.resolve("e-real")));
        Files.createSymbolicLink(folder.resolve("f-outside-folder"), Path.of("/etc"));

        ImportReport report = corpus.importPaths(List.of(folder), ImportOptions.DEFAULT, null);

        Map<String, String> reasons = reasons(report);
        assertEquals("dangling link: it points to " + folder.resolve("absent.txt") + ", which does not exist",
                reasons.get("a-dangling.txt"));
        assertEquals("link loop: the link leads back to itself", reasons.get("b-loop.txt"));
        assertEquals("link loop: the link leads back to itself", reasons.get("c-loop.txt"));
        assertTrue(reasons.get("d-folder").startsWith("link to a folder: links to folders are not followed"));
        assertEquals("link points outside the imported folder", reasons.get("f-outside-folder"));
        assertEquals(5, report.files().size());
    }

    @Test
    void aFifoIsNamedAndNeverOpened() throws Exception {
        Path fifo = folder.resolve("tube.txt");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        Files.writeString(folder.resolve("z.txt"), ARTICLE);

        ImportReport report = corpus.importPaths(List.of(folder), ImportOptions.DEFAULT, null);
        ImportReport named = corpus.importPaths(List.of(fifo), ImportOptions.DEFAULT, null);

        assertEquals("not a regular file: a named pipe (FIFO) is never read", reasons(report).get("tube.txt"));
        assertEquals(Status.IMPORTED, report.files().get(1).status());
        assertEquals("not a regular file: a named pipe (FIFO) is never read", named.files().get(0).reason());
    }

    @Test
    void aSocketAndADeviceAreNamed() throws IOException {
        Path socket = folder.resolve("prise.txt");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            List<Path> paths = Files.exists(Path.of("/dev/null")) ? List.of(folder, Path.of("/dev/null")) : List.of(folder);

            ImportReport report = corpus.importPaths(paths, ImportOptions.DEFAULT, null);

            assertEquals("not a regular file: a socket is never read", reasons(report).get("prise.txt"));
            if (paths.size() == 2) {
                assertEquals("not a regular file: a character device is never read", reasons(report).get("null"));
            }
        }
    }

    @Test
    void anImporterThatHangsFailsItsFileAfterTheTimeLimitAndTheImportGoesOn() throws IOException {
        CountDownLatch never = new CountDownLatch(1);
        DocumentImporter stuck = Fixtures.importer("lent", source -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        });
        corpus.importers = List.of(Fixtures.registered("stuck", stuck, "service.ranking", 10),
                Fixtures.registered("text", new PlainTextImporter(), "service.ranking", -100));
        corpus.activate(Fixtures.config(50, 500, 100, 1));
        Files.writeString(folder.resolve("a.lent"), "tout ce qui est lu ici bloque");
        Files.writeString(folder.resolve("b.txt"), ARTICLE);

        ImportReport report = corpus.importPaths(List.of(folder), ImportOptions.DEFAULT, null);

        assertEquals("took longer than 1 s (fileTimeLimitSeconds in org.vigie.corpus.importers)",
                report.files().get(0).reason());
        assertEquals(Status.IMPORTED, report.files().get(1).status());
    }

    @Test
    void anImporterRunningOutOfMemoryFailsItsFileOnly() throws IOException {
        DocumentImporter greedy = Fixtures.importer("gros", source -> {
            throw new OutOfMemoryError("Java heap space");
        });
        corpus.importers = List.of(Fixtures.registered("greedy", greedy, "service.ranking", 10),
                Fixtures.registered("text", new PlainTextImporter(), "service.ranking", -100));
        Files.writeString(folder.resolve("a.gros"), "une bombe");
        Files.writeString(folder.resolve("b.txt"), ARTICLE);

        ImportReport report = corpus.importPaths(List.of(folder), ImportOptions.DEFAULT, null);

        assertEquals("out of memory: reading it needs more memory than Vigie has (-Xmx)", report.files().get(0).reason());
        assertEquals(Status.IMPORTED, report.files().get(1).status());
    }

    @Test
    void aFileOfUnicodeSpacesIsEmpty() throws IOException {
        Files.writeString(folder.resolve("blanc.txt"), "\u00a0\u2003\u3000\u200b\u2060\ufeff\u202f\n\u00a0 \t\u200c");

        ImportReport report = corpus.importPaths(List.of(folder), ImportOptions.DEFAULT, null);

        assertEquals("empty file: it holds only blank space", report.files().get(0).reason());
        assertEquals(0, store.count());
    }

    @Test
    void aFileOfBlankDocumentsFromAnyImporterIsEmpty() throws IOException {
        DocumentImporter blank = Fixtures.importer("vide", source -> List.of(new ParsedDocument("\u200b\u00a0", null,
                null, null, null, null, null, "text/x-blank", null)));
        corpus.importers = List.of(Fixtures.registered("blank", blank));
        Files.writeString(folder.resolve("a.vide"), "x");

        ImportReport report = corpus.importPaths(List.of(folder), ImportOptions.DEFAULT, null);

        assertEquals("empty file: it holds only blank space", report.files().get(0).reason());
    }

    private static Map<String, String> reasons(ImportReport report) {
        return report.files().stream().filter(f -> f.status() == Status.FAILED)
                .collect(Collectors.toMap(f -> f.path().getFileName().toString(), FileOutcome::reason));
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        }
    }
}
