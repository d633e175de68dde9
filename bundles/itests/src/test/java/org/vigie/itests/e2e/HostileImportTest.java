package org.vigie.itests.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a folder laid with traps, through ./vigie: one line for each, nothing read from outside. */
class HostileImportTest {

    @TempDir
    Path dir;

    @Test
    void aFolderOfLinksAndSpecialFilesImportsOnlyItsOwnFilesAndNamesEveryOtherOne() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("dossier"));
        Files.writeString(folder.resolve("article.txt"), "Coopération policière à Lyon\n\nLe secrétaire général "
                + "d'Interpol a reçu une délégation du ministère de l'Intérieur.\n", StandardCharsets.UTF_8);
        Path secret = Files.writeString(dir.resolve("secret.txt"), "motdepasse hunter2 du serveur");
        Files.createSymbolicLink(folder.resolve("passwd.txt"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(folder.resolve("secret.txt"), secret);
        Files.createSymbolicLink(folder.resolve("pendant.txt"), Path.of("absent.txt"));
        boolean fifo = new ProcessBuilder("mkfifo", folder.resolve("tube.txt").toString()).start().waitFor() == 0;

        VigieProcess.Result result = VigieProcess.run(dir.resolve("ws"), "-c",
                "corpus:import " + folder + "; corpus:search hunter2");

        String err = result.err();
        assertTrue(err.contains("error: cannot import " + folder.resolve("passwd.txt")
                + ": link points outside the imported folder"), result.toString());
        assertTrue(err.contains("error: cannot import " + folder.resolve("secret.txt")
                + ": link points outside the imported folder"), result.toString());
        assertTrue(err.contains("error: cannot import " + folder.resolve("pendant.txt") + ": dangling link"), err);
        if (fifo) {
            assertTrue(err.contains("error: cannot import " + folder.resolve("tube.txt")
                    + ": not a regular file: a named pipe (FIFO) is never read"), err);
        }
        assertTrue(result.out().contains("imported 1, unchanged 0, failed " + (fifo ? 4 : 3)), result.toString());
        assertTrue(result.out().contains("0 documents match 'hunter2'"), "the secret outside the folder was stored:\n"
                + result);
    }
}
