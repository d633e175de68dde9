package org.vigie.entities.french.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;

/**
 * Test-side stand-in for the importer: a {@code .txt} file as a {@link Document}, with simple
 * rules for page furniture (the text stops at {@code Source:}, {@code Comment (0)} or
 * {@code Même catégorie} lines) and the publication date taken from a {@code dd/mm/yyyy} or a
 * leading {@code date yyyy-mm[-dd]} in the text. Also finds {@code ../shared} next to the
 * repository for the golden tests.
 */
final class SampleDocuments {

    private static final Pattern FURNITURE = Pattern.compile("(?m)^(Source ?:|Comment \\(\\d+\\)|Même catégorie|Même auteur)");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<!\\d)(\\d{2})/(\\d{2})/(\\d{4})(?!\\d)");
    private static final Pattern STORE_DATE = Pattern.compile("^\\s*date (\\d{4})-(\\d{2})(?:-(\\d{2}))?");

    private SampleDocuments() {
    }

    static Document read(Path file) {
        try {
            return document(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static Document document(String fileName, String raw) {
        Matcher furniture = FURNITURE.matcher(raw);
        String text = furniture.find() ? raw.substring(0, furniture.start()) : raw;
        String title = text.strip().lines().findFirst().orElse(fileName);
        DocumentMetadata metadata = new DocumentMetadata(title, null, null, published(raw), "fr", fileName, null,
                null, "text/plain", null);
        return new Document(hash(text), text, raw, metadata);
    }

    static LocalDate published(String raw) {
        Matcher store = STORE_DATE.matcher(raw);
        if (store.find()) {
            int day = store.group(3) == null ? 1 : Integer.parseInt(store.group(3));
            return LocalDate.of(Integer.parseInt(store.group(1)), Integer.parseInt(store.group(2)), day);
        }
        Matcher numeric = NUMERIC_DATE.matcher(raw);
        return numeric.find() ? LocalDate.of(Integer.parseInt(numeric.group(3)), Integer.parseInt(numeric.group(2)),
                Integer.parseInt(numeric.group(1))) : null;
    }

    /** {@code shared/} beside the repository, found by walking up from {@code user.dir}; null when absent. */
    static Path shared() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : List.of(dir.resolve("shared"), dir.resolveSibling("shared"))) {
                if (Files.isDirectory(candidate.resolve("corpus"))) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
