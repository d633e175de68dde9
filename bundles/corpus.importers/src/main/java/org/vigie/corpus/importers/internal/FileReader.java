package org.vigie.corpus.importers.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentImporter;
import org.vigie.corpus.api.FileOutcome;
import org.vigie.corpus.api.ImportException;
import org.vigie.corpus.api.ImportSink;
import org.vigie.corpus.api.ImportSource;
import org.vigie.corpus.importers.internal.text.TextDecoder;

/**
 * Reads one file of an import into documents, handed on one by one as they are read, or says in
 * one line why it cannot: missing, empty, too large, unreadable, binary, of no known kind, or
 * refused by its importer. The importer runs on a worker under a time limit; one that fails,
 * overflows the stack, runs out of memory or hangs fails its file only.
 */
final class FileReader {

    static final int HEAD = 8192;
    private static final Logger LOG = LoggerFactory.getLogger(FileReader.class);

    /** A note on the parts of the file skipped or repaired, or the failure. */
    record Read(String note, FileOutcome failure) {
    }

    /** What an import reads with: its importers, limits and options. */
    record Setup(List<Importers.Ranked> importers, long maxBytes, FileSink.Target target) {
    }

    private final Setup setup;
    private final ImportWorker worker;
    private final TextDecoder decoder = new TextDecoder();

    FileReader(Setup setup, ImportWorker worker) {
        this.setup = setup;
        this.worker = worker;
    }

    /** Reads the file, giving each of its documents to {@code each} as soon as it is read. */
    Read read(FileWalk.Entry entry, Consumer<Document> each) {
        Path path = entry.path();
        FileSink sink = new FileSink(path, setup.target(), each);
        try {
            if (entry.problem() != null) {
                throw new ImportException(entry.problem());
            }
            worker.run(handoff -> parse(source(entry.file()), handoff), sink);
            return new Read(sink.finish(), null);
        } catch (ImportException e) {
            return new Read(null, FileOutcome.failed(path, e.getMessage()));
        }
    }

    /** On the worker (opening a file swapped for a FIFO since the walk would block). */
    private static ImportSource source(Path file) {
        try {
            String notRegular = FileKinds.notRegular(file); // checked again: it may have changed since the walk
            if (notRegular != null) {
                throw new ImportException(notRegular);
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new ImportException("empty file");
            }
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                return new ImportSource(file, size, in.readNBytes(HEAD));
            }
        } catch (IOException e) {
            throw new ImportException("unreadable: " + describe(e), e);
        }
    }

    /** On the worker: the first importer that accepts the file reads it. */
    private void parse(ImportSource source, ImportSink sink) {
        for (Importers.Ranked importer : setup.importers()) {
            if (accepts(importer, source)) {
                checkSize(importer.importer(), source);
                readWith(importer, source, sink);
                return;
            }
        }
        throw new ImportException(decoder.looksLikeText(source.head())
                ? "unsupported file type" + (source.extension().isEmpty() ? "" : " ." + source.extension())
                : "binary content: not text, HTML, PDF or JSON Lines");
    }

    private void checkSize(DocumentImporter importer, ImportSource source) {
        if (source.size() > setup.maxBytes() && !importer.streams()) {
            throw new ImportException(String.format(Locale.ROOT, "too large: %.1f MB, the limit is %d MB "
                    + "(maxFileSizeMb in %s)", source.size() / 1048576.0, setup.maxBytes() / 1048576,
                    DefaultCorpusImporter.PID));
        }
    }

    private static boolean accepts(Importers.Ranked importer, ImportSource source) {
        try {
            return importer.importer().accepts(source);
        } catch (RuntimeException e) {
            LOG.warn("importer {} failed to judge {}: {}", importer.id(), source.path(), e.toString(), e);
            return false;
        }
    }

    private static void readWith(Importers.Ranked importer, ImportSource source, ImportSink sink) {
        try {
            importer.importer().read(source, sink);
        } catch (ImportException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            LOG.warn("importer {} ran out of memory on {}", importer.id(), source.path());
            throw new ImportException("out of memory: reading it needs more memory than Vigie has (-Xmx)");
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            LOG.warn("importer {} failed on {}", importer.id(), source.path(), e);
            throw new ImportException("importer " + importer.id() + " failed: " + e, e);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the file disappeared during the import";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
