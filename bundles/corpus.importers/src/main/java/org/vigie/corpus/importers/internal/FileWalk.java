package org.vigie.corpus.importers.internal;

import java.io.IOException;
import java.nio.file.Files;
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
 * folders (name starting with a dot) met while walking are skipped. Nothing outside an imported
 * folder is read: a link met while walking is followed only to a regular file inside the folder
 * being imported; every other link, and every FIFO, socket or device, is an entry with its reason
 * (never opened, so a FIFO cannot block the import). A file or folder given by name is the
 * user's choice and is followed wherever it points.
 */
final class FileWalk {

    /**
     * A file to import, or a path that could not be walked and why.
     *
     * @param path the file as found (a link keeps its own name)
     * @param file what to read: the link's real target, else {@code path}
     * @param problem why it is not imported, or {@code null}
     */
    record Entry(Path path, Path file, String problem) {
        Entry(Path path, String problem) {
            this(path, path, problem);
        }
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
            Path base = FileKinds.realPath(root);
            folder(root, base == null ? root : base);
        } else if (Files.isSymbolicLink(root) || Files.exists(root)) {
            Path target = FileKinds.realPath(root);
            String problem = target == null ? FileKinds.brokenLink(root) : FileKinds.notRegular(target);
            entries.putIfAbsent(root, new Entry(root, target == null ? root : target, problem));
        } else {
            entries.putIfAbsent(root, new Entry(root, "no such file or folder"));
        }
    }

    /** Walks {@code folder}, a folder of the import whose real path is {@code base}. */
    private void folder(Path folder, Path base) {
        List<Path> children;
        try (Stream<Path> list = Files.list(folder)) {
            children = list.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            entries.putIfAbsent(folder, new Entry(folder, "unreadable folder: " + e.getMessage()));
            return;
        }
        for (Path child : children) {
            if (!child.getFileName().toString().startsWith(".")) {
                child(child, base);
            }
        }
    }

    private void child(Path child, Path base) {
        if (Files.isSymbolicLink(child)) {
            link(child, base);
        } else if (Files.isDirectory(child, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            folder(child, base);
        } else {
            entries.putIfAbsent(child, new Entry(child, FileKinds.notRegular(child)));
        }
    }

    private void link(Path link, Path base) {
        Path target = FileKinds.realPath(link);
        String problem;
        if (target == null) {
            problem = FileKinds.brokenLink(link);
        } else if (!target.startsWith(base)) {
            problem = "link points outside the imported folder";
        } else if (Files.isDirectory(target)) {
            problem = "link to a folder: links to folders are not followed (its files are imported from where they are)";
        } else {
            problem = FileKinds.notRegular(target);
        }
        entries.putIfAbsent(link, new Entry(link, target == null ? link : target, problem));
    }
}
