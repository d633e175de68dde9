package org.vigie.corpus.importers.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentImporter;
import org.vigie.corpus.api.FileOutcome;
import org.vigie.corpus.api.ImportException;
import org.vigie.corpus.api.ImportOptions;
import org.vigie.corpus.api.ImportSource;
import org.vigie.corpus.api.ParsedDocument;

/**
 * Reads one file of an import into documents, or says in one line why it cannot: missing, empty,
 * too large, unreadable, binary, of no known kind, or refused by its importer. A failing importer
 * (even one overflowing the stack) fails its file only.
 */
final class FileReader {

    static final int HEAD = 8192;
    private static final Logger LOG = LoggerFactory.getLogger(FileReader.class);

    /** The documents of a file and a note on lines skipped, or the failure. */
    record Read(List<Document> documents, String note, FileOutcome failure) {
    }

    private final List<DocumentImporter> importers;
    private final long maxBytes;
    private final ImportOptions options;
    private final Instant now;
    private final Provenance provenance = new Provenance();
    private final TextDecoder decoder = new TextDecoder();

    FileReader(List<DocumentImporter> importers, long maxBytes, ImportOptions options,
            Instant now) {
        this.importers = importers;
        this.maxBytes = maxBytes;
        this.options = options;
        this.now = now;
    }

    Read read(FileWalk.Entry entry) {
        Path path = entry.path();
        try {
            if (entry.problem() != null) {
                throw new ImportException(entry.problem());
            }
            ImportSource source = source(path);
            List<ParsedDocument> parsed = parse(source);
            if (parsed.isEmpty()) {
                throw new ImportException("no document in the file");
            }
            List<Document> documents = new ArrayList<>();
            for (ParsedDocument document : parsed) {
                documents.add(provenance.document(document, path, options, now));
            }
            return new Read(documents, parsed.get(0).tags().get(JsonLinesImporter.SKIPPED_TAG), null);
        } catch (ImportException e) {
            return new Read(List.of(), null, FileOutcome.failed(path, e.getMessage()));
        }
    }

    private ImportSource source(Path path) {
        try {
            long size = Files.size(path);
            if (size == 0) {
                throw new ImportException("empty file");
            }
            if (size > maxBytes) {
                throw new ImportException(String.format(Locale.ROOT, "too large: %.1f MB, the limit is %d MB "
                        + "(maxFileSizeMb in %s)", size / 1048576.0, maxBytes / 1048576, DefaultCorpusImporter.PID));
            }
            try (InputStream in = Files.newInputStream(path)) {
                return new ImportSource(path, size, in.readNBytes(HEAD));
            }
        } catch (IOException e) {
            throw new ImportException("unreadable: " + describe(e), e);
        }
    }

    private List<ParsedDocument> parse(ImportSource source) {
        for (DocumentImporter importer : importers) {
            if (accepts(importer, source)) {
                return readWith(importer, source);
            }
        }
        throw new ImportException(decoder.looksLikeText(source.head())
                ? "unsupported file type" + (source.extension().isEmpty() ? "" : " ." + source.extension())
                : "binary content: not text, HTML, PDF or JSON Lines");
    }

    private static boolean accepts(DocumentImporter importer, ImportSource source) {
        try {
            return importer.accepts(source);
        } catch (RuntimeException e) {
            LOG.warn("importer {} failed to judge {}: {}", importer.id(), source.path(), e.toString(), e);
            return false;
        }
    }

    private static List<ParsedDocument> readWith(DocumentImporter importer, ImportSource source) {
        try {
            return importer.read(source);
        } catch (ImportException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
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
