package org.vigie.corpus.importers.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.ImportOptions;
import org.vigie.corpus.api.ParsedDocument;

/**
 * Turns what an importer read into a {@link Document}: the id (the full lower-case hex SHA-256 of
 * the normalised text, 64 characters; listings may show a prefix, the store finds a document by
 * any unambiguous prefix), the language (the import's override, else detected, else what the file
 * declares), the outlet (the file's own, else the import's {@code --source}), and provenance.
 */
public final class Provenance {

    private final LanguageDetector languages = new LanguageDetector();

    Document document(ParsedDocument parsed, Path file, ImportOptions options, Instant now) {
        if (parsed.stored() != null) {
            return restored(parsed, options);
        }
        String language = options.language() == null ? null : options.language().strip().toLowerCase(Locale.ROOT);
        if (language == null || language.isEmpty()) {
            language = languages.detect(parsed.text());
            if (DocumentMetadata.UNKNOWN_LANGUAGE.equals(language) && parsed.language() != null) {
                language = parsed.language();
            }
        }
        Map<String, String> tags = new LinkedHashMap<>(parsed.tags());
        tags.putAll(options.tags());
        DocumentMetadata metadata = new DocumentMetadata(parsed.title(),
                parsed.source() != null ? parsed.source() : options.source(), parsed.url(), parsed.published(),
                language, file.getFileName().toString(), file.toAbsolutePath().toString(), now, parsed.mediaType(),
                tags);
        return new Document(id(parsed.text()), parsed.text(), parsed.rawText(), metadata);
    }

    /** A document from a backup: its stored metadata as it was, with the import's tags added. */
    private static Document restored(ParsedDocument parsed, ImportOptions options) {
        DocumentMetadata stored = parsed.stored();
        if (options.tags().isEmpty()) {
            return new Document(id(parsed.text()), parsed.text(), parsed.rawText(), stored);
        }
        Map<String, String> tags = new LinkedHashMap<>(stored.tags());
        tags.putAll(options.tags());
        return new Document(id(parsed.text()), parsed.text(), parsed.rawText(),
                new DocumentMetadata(stored.title(), stored.source(), stored.url(), stored.published(),
                        stored.language(), stored.fileName(), stored.path(), stored.imported(), stored.mediaType(), tags));
    }

    /** The id of a document: the lower-case hex SHA-256 of its text. */
    public static String id(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
