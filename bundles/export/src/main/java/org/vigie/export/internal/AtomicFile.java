package org.vigie.export.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.vigie.export.api.ExportException;

/**
 * Writes a file completely or not at all: into a temporary file beside it ({@code .NAME.part}),
 * moved onto it once written. A failure deletes the temporary file and leaves an existing file as
 * it was; a {@code kill -9} leaves the temporary file, which the next export of the same target
 * reuses. Two exports of one target at once: the second is refused.
 */
final class AtomicFile {

    /** Writes what {@code content} writes. */
    @FunctionalInterface
    interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** Exports hold what the analyst found: readable by their owner only, as before. */
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

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
        Path temp = dir.resolve("." + target.getFileName() + ".part");
        try (FileChannel channel = open(temp, target, dir)) {
            lock(channel, target);
            boolean moved = false;
            try {
                channel.truncate(0); // what an export killed before it could clean up left
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.write(out);
                out.flush();
                channel.force(false);
                move(temp, target);
                moved = true;
                return Files.size(target);
            } finally {
                if (!moved) {
                    deleteQuietly(temp); // locked by this export: no other one writes it
                }
            }
        } catch (IOException e) {
            throw new ExportException("cannot write " + target + ": " + reason(e), e);
        }
    }

    /** Locks the temporary file for this export (released when the channel closes). */
    private static void lock(FileChannel channel, Path target) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another export of this process
        }
        if (lock == null) {
            throw new ExportException("cannot write " + target + ": another export is writing it now");
        }
    }

    /**
     * The temporary file, one per target: a fixed name, so that an export killed before it could
     * clean up leaves one file that the next export of the same target reuses, and locked while
     * written, so that two exports of one target do not write over each other. Owner-only.
     */
    private static FileChannel open(Path temp, Path target, Path dir) {
        try {
            Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                return FileChannel.open(temp, options);
            }
            FileChannel channel = FileChannel.open(temp, options, OWNER_ONLY);
            try {
                Files.setPosixFilePermissions(temp, OWNER_ONLY.value()); // a leftover keeps its own otherwise
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            return channel;
        } catch (AccessDeniedException e) {
            throw new ExportException("cannot write " + target + ": no permission to create a file in " + dir, e);
        } catch (IOException e) {
            throw new ExportException("cannot write " + target + ": cannot create a file in " + dir + " ("
                    + e.getClass().getSimpleName() + ")", e);
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
