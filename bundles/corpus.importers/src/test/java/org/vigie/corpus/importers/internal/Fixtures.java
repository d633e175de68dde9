package org.vigie.corpus.importers.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.vigie.corpus.api.DocumentImporter;
import org.vigie.corpus.api.ImportSource;
import org.vigie.corpus.api.ParsedDocument;
import org.vigie.corpus.api.propertytypes.ImporterInfo;

/** Test fixtures: files under src/test/resources/fixtures and the shared seed corpus. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path fixture(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file as the corpus importer offers it: path, size and first 8 KiB. */
    public static ImportSource source(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return new ImportSource(path, Files.size(path), in.readNBytes(FileReader.HEAD));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ParsedDocument readOne(DocumentImporter importer, Path path) {
        List<ParsedDocument> documents = importer.read(source(path));
        if (documents.size() != 1) {
            throw new AssertionError("expected one document in " + path + ", got " + documents.size());
        }
        return documents.get(0);
    }

    /**
     * The shared folder next to the repository ({@code ../shared/NAME}), found by walking up from
     * the working directory; empty in a clone that has none.
     */
    public static Optional<Path> shared(String name) {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null;
                dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(name);
            if (Files.isDirectory(candidate) && Files.isDirectory(dir.resolve("shared").resolve("corpus"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static byte[] head(byte[] bytes) {
        return Arrays.copyOf(bytes, Math.min(bytes.length, FileReader.HEAD));
    }

    public static DefaultCorpusImporter.Config config(long maxFileSizeMb, int batchSize, int commitEachFileUpTo) {
        return config(maxFileSizeMb, batchSize, commitEachFileUpTo, 180);
    }

    public static DefaultCorpusImporter.Config config(long maxFileSizeMb, int batchSize, int commitEachFileUpTo,
            long fileTimeLimitSeconds) {
        return new DefaultCorpusImporter.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DefaultCorpusImporter.Config.class;
            }

            @Override
            public long maxFileSizeMb() {
                return maxFileSizeMb;
            }

            @Override
            public int batchSize() {
                return batchSize;
            }

            @Override
            public int commitEachFileUpTo() {
                return commitEachFileUpTo;
            }

            @Override
            public long fileTimeLimitSeconds() {
                return fileTimeLimitSeconds;
            }
        };
    }

    /** An importer of files ending with {@code .EXTENSION}, as a plugin would register one. */
    public static DocumentImporter importer(String extension, Function<ImportSource, List<ParsedDocument>> read) {
        return new DocumentImporter() {
            @Override
            public boolean accepts(ImportSource source) {
                return source.extension().equals(extension);
            }

            @Override
            public List<ParsedDocument> read(ImportSource source) {
                return read.apply(source);
            }
        };
    }

    /**
     * An importer as the framework hands it to the corpus importer: its service properties (its
     * {@code @ImporterService} id, then {@code properties} as name, value pairs) and the service.
     */
    public static Map.Entry<Map<String, Object>, DocumentImporter> registered(String id, DocumentImporter importer,
            Object... properties) {
        Map<String, Object> map = new HashMap<>();
        map.put(ImporterInfo.ID, id);
        for (int i = 0; i < properties.length; i += 2) {
            map.put((String) properties[i], properties[i + 1]);
        }
        return Map.entry(Map.copyOf(map), importer);
    }
}
