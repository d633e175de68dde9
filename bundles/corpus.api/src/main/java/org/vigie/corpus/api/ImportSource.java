package org.vigie.corpus.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file offered to importers.
 *
 * @param path the file
 * @param size its size in bytes
 * @param head its first bytes (up to 8 KiB), for sniffing
 */
public record ImportSource(Path path, long size, byte[] head) {

    public ImportSource {
        Objects.requireNonNull(path, "path");
        head = head == null ? new byte[0] : head.clone();
    }

    /** The file name, e.g. {@code 004_b6deee30475d28dd.txt}. */
    public String fileName() {
        return path.getFileName().toString();
    }

    /** The lower-case extension without the dot, or an empty string. */
    public String extension() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public byte[] head() {
        return head.clone();
    }

    /** Opens the file for reading. */
    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }
}
