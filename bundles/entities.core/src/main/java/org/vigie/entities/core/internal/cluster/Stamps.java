package org.vigie.entities.core.internal.cluster;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stamp of each result the replica holds, kept in a file next to it ({@code id stamp} lines)
 * so that a restart fetches nothing it already has. The file is written after the replica
 * committed (a catch-up, closing), so it never names a result the replica lacks; one that is
 * missing or older only makes the next catch-up fetch more.
 */
final class Stamps {

    private static final Logger LOG = LoggerFactory.getLogger(Stamps.class);

    private final Path file;
    private final Map<String, String> stamps = new HashMap<>();

    Stamps(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int space = line.indexOf(' ');
                    if (space > 0) {
                        stamps.put(line.substring(0, space), line.substring(space + 1));
                    }
                }
            } catch (IOException e) {
                LOG.warn("cannot read {} ({}): the entity results are fetched from the cluster again", file, e.getMessage());
                stamps.clear();
            }
        }
    }

    String get(String id) {
        return stamps.get(id);
    }

    void put(String id, String stamp) {
        stamps.put(id, stamp);
    }

    void remove(String id) {
        stamps.remove(id);
    }

    /** Writes the file whole or not at all; a failure is logged (it costs a fetch, not a result). */
    void save() {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try {
            Files.createDirectories(file.getParent());
            try (BufferedWriter out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
                for (Map.Entry<String, String> e : stamps.entrySet()) {
                    out.write(e.getKey() + " " + e.getValue() + "\n");
                }
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("cannot write {} ({}): the next start fetches the entity results again", file, e.getMessage());
        }
    }
}
