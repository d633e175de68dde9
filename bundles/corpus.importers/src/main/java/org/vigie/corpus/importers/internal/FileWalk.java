package org.vigie.corpus.importers.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files an import covers: the given files, and the files under the given folders, walked
 * recursively in name order so that two runs read them in the same order. Hidden files and
 * folders (name starting with a dot) met while walking are skipped; links to folders are not
 * followed (no loops).
 */
final class FileWalk {

    /** A file to import, or a path that could not be walked and why. */
    record Entry(Path path, String problem) {
    }

    private final Map<Path, Entry> entries = new LinkedHashMap<>();

    static List<Entry> of(List<Path> roots) {
        FileWalk walk = new FileWalk();
        for (Path root : roots) {
            walk.root(root.toAbsolutePath().normalize());
        }
        return new ArrayList<>(walk.entries.values());
    }

    private void root(Path root) {
        if (Files.isDirectory(root)) {
            folder(root);
        } else if (Files.exists(root)) {
            entries.putIfAbsent(root, new Entry(root, null));
        } else {
            entries.putIfAbsent(root, new Entry(root, "no such file or folder"));
        }
    }

    private void folder(Path folder) {
        List<Path> children;
        try (Stream<Path> list = Files.list(folder)) {
            children = list.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            entries.putIfAbsent(folder, new Entry(folder, "unreadable folder: " + e.getMessage()));
            return;
        }
        for (Path child : children) {
            if (child.getFileName().toString().startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                folder(child);
            } else if (Files.isRegularFile(child)) {
                entries.putIfAbsent(child, new Entry(child, null));
            }
        }
    }
}
