package org.vigie.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.export.api.ExportException;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void writesTheWholeFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("out.txt");
        long bytes = AtomicFile.write(file, out -> out.write("données".getBytes(StandardCharsets.UTF_8)));
        assertEquals("données", Files.readString(file));
        assertEquals(Files.size(file), bytes);
        assertEquals(List.of(file), Files.list(dir).toList());
    }

    @Test
    void aFailureKeepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("out.txt");
        Files.writeString(file, "old");
        ExportException e = assertThrows(ExportException.class, () -> AtomicFile.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("cannot write " + file + ": IOException disk full", e.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals(List.of(file), Files.list(dir).toList());
    }

    @Test
    void namesAMissingDirectoryAndADirectoryTarget() {
        Path missing = dir.resolve("no/x.zip");
        assertEquals("cannot write " + missing + ": directory " + missing.getParent() + " does not exist",
                assertThrows(ExportException.class, () -> AtomicFile.write(missing, out -> { })).getMessage());
        assertEquals("cannot write " + dir + ": it is a directory; give a file name",
                assertThrows(ExportException.class, () -> AtomicFile.write(dir, out -> { })).getMessage());
    }

    @Test
    void namesADirectoryItMayNotWriteIn() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "root writes anywhere: nothing to check");
            Path file = locked.resolve("x.zip");
            assertEquals("cannot write " + file + ": no permission to create a file in " + locked,
                    assertThrows(ExportException.class, () -> AtomicFile.write(file, out -> { })).getMessage());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void reusesWhatAKilledExportLeftAndWritesOwnerOnly() throws IOException {
        Path file = dir.resolve("out.txt");
        Files.writeString(dir.resolve(".out.txt.part"), "half of an export killed with -9, longer than the new one");
        AtomicFile.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(file));
        assertEquals(List.of(file), Files.list(dir).toList(), "the leftover is gone");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aSecondExportOfTheSameFileAtOnceIsRefused() throws IOException {
        Path file = dir.resolve("out.txt");
        AtomicFile.write(file, out -> {
            out.write("first".getBytes(StandardCharsets.UTF_8));
            assertEquals("cannot write " + file + ": another export is writing it now", assertThrows(
                    ExportException.class, () -> AtomicFile.write(file, other -> other.write('x'))).getMessage());
        });
        assertEquals("first", Files.readString(file), "the refused export did not touch the first one's file");
        assertEquals(List.of(file), Files.list(dir).toList());
    }
}
