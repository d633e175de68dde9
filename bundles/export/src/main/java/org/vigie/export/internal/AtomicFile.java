package org.vigie.export.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.vigie.export.api.ExportException;

/**
 * Writes a file completely or not at all: into a temporary file beside it, moved onto it once
 * written. A failure deletes the temporary file and leaves an existing file as it was.
 */
final class AtomicFile {

    /** Writes what {@code content} writes. */
    @FunctionalInterface
    interface Content {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code file} and returns its size. */
    static long write(Path file, Content content) {
        Path target = file.toAbsolutePath().normalize();
        Path dir = target.getParent();
        if (Files.isDirectory(target)) {
            throw new ExportException("cannot write " + target + ": it is a directory; give a file name");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException("cannot write " + target + ": directory " + dir + " does not exist");
        }
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        } catch (AccessDeniedException e) {
            throw new ExportException("cannot write " + target + ": no permission to create a file in " + dir, e);
        } catch (IOException e) {
            throw new ExportException("cannot write " + target + ": cannot create a file in " + dir + " ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.write(out);
            }
            move(temp, target);
            return Files.size(target);
        } catch (IOException e) {
            throw new ExportException("cannot write " + target + ": " + reason(e), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw new ExportException("cannot delete the temporary file " + temp + ": " + reason(e), e);
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " " + e.getMessage();
    }
}
