package org.vigie.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.vigie.core.api.Workspace;

/**
 * A workspace over a plain directory (a test's {@code @TempDir}): each area is the sub-directory
 * of that name, created on first use, as the real workspace does.
 */
public final class DirectoryWorkspace implements Workspace {

    /** The version a test workspace reports. */
    public static final String VERSION = "test";

    private final Path root;

    /** A workspace whose root is {@code root} (made absolute; it need not exist yet). */
    public DirectoryWorkspace(Path root) {
        this.root = root.toAbsolutePath();
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public Path area(String name) {
        Path area = root.resolve(name);
        try {
            return Files.createDirectories(area);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create workspace area " + area + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String vigieVersion() {
        return VERSION;
    }
}
