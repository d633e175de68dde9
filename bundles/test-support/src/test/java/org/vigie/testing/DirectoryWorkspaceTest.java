package org.vigie.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryWorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void areasAreSubdirectoriesCreatedOnFirstUse() {
        DirectoryWorkspace workspace = new DirectoryWorkspace(dir.resolve("ws"));
        Path store = workspace.area("store");
        assertEquals(dir.resolve("ws").resolve("store"), store);
        assertTrue(Files.isDirectory(store));
        assertEquals(store, workspace.area("store"), "a second call finds the same area");
        assertEquals(dir.resolve("ws"), workspace.root());
        assertEquals("test", workspace.vigieVersion());
    }

    @Test
    void anAreaThatCannotBeCreatedIsNamedInTheError() throws IOException {
        Files.writeString(dir.resolve("entities"), "un fichier, pas un dossier");
        UncheckedIOException failure = assertThrows(UncheckedIOException.class,
                () -> new DirectoryWorkspace(dir).area("entities"));
        assertTrue(failure.getMessage().startsWith("cannot create workspace area " + dir.resolve("entities")),
                failure.getMessage());
    }

    @Test
    void aRelativeRootIsMadeAbsolute() {
        assertTrue(new DirectoryWorkspace(Path.of("relatif")).root().isAbsolute());
    }
}
