package org.vigie.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void createsAreasUnderTheRoot() {
        WorkspaceDirectory workspace = new WorkspaceDirectory(dir.resolve("ws"), "1.2.3", false);
        try {
            Path store = workspace.area("store");
            assertTrue(Files.isDirectory(store));
            assertEquals(dir.resolve("ws").resolve("store"), store);
            assertEquals("1.2.3", workspace.vigieVersion());
            assertThrows(IllegalArgumentException.class, () -> workspace.area("../escape"));
        } finally {
            workspace.deactivate();
        }
    }

    @Test
    void aSecondOwnerIsRefusedWithTheFirstOwnersPid() {
        WorkspaceDirectory first = new WorkspaceDirectory(dir, "1", false);
        try {
            WorkspaceInUseException e = assertThrows(WorkspaceInUseException.class,
                    () -> new WorkspaceDirectory(dir, "1", false));
            assertEquals("workspace " + dir.toAbsolutePath() + " is in use by process "
                    + ProcessHandle.current().pid(), e.getMessage());
        } finally {
            first.deactivate();
        }
        WorkspaceDirectory again = new WorkspaceDirectory(dir, "1", false);
        again.deactivate();
    }

    @Test
    void defaultsToTheUsersHome() {
        assertEquals(Path.of(System.getProperty("user.home"), ".vigie", "workspace"), WorkspaceDirectory.location(null));
        assertEquals(Path.of("/tmp/x"), WorkspaceDirectory.location("/tmp/x"));
    }
}
