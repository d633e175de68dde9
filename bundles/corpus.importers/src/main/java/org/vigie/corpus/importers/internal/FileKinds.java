package org.vigie.corpus.importers.internal;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path is, judged without opening it: a regular file, or a link, FIFO, socket or device
 * with the one-line reason it is not imported. Opening a FIFO would block the import.
 */
final class FileKinds {

    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000, CHARACTER_DEVICE = 0020000, BLOCK_DEVICE = 0060000, SOCKET = 0140000;

    private FileKinds() {
    }

    /** The real path (every link resolved), or {@code null} when a link is dangling or loops. */
    static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /** Why the link cannot be followed: it is dangling, loops, or cannot be read. */
    static String brokenLink(Path link) {
        try {
            link.toRealPath();
            return null;
        } catch (NoSuchFileException e) {
            return "dangling link: it points to " + target(link) + ", which does not exist";
        } catch (FileSystemException e) {
            String reason = String.valueOf(e.getReason());
            return reason.contains("symbolic links") ? "link loop: the link leads back to itself"
                    : "unreadable link: " + reason;
        } catch (IOException e) {
            return "unreadable link: " + e.getMessage();
        }
    }

    /** {@code null} for a regular file, else why it is not read (a folder, FIFO, socket, device). */
    static String notRegular(Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return "no such file or folder";
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        }
        if (attributes.isRegularFile()) {
            return null;
        }
        if (attributes.isDirectory()) {
            return "a folder, not a file";
        }
        return "not a regular file: " + special(path) + " is never read";
    }

    private static String special(Path path) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return switch (mode & TYPE_MASK) {
                case FIFO -> "a named pipe (FIFO)";
                case SOCKET -> "a socket";
                case CHARACTER_DEVICE -> "a character device";
                case BLOCK_DEVICE -> "a block device";
                default -> "a special file";
            };
        } catch (IOException | RuntimeException e) {
            return "a special file"; // no unix view on this file system
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "a missing file";
        }
    }
}
