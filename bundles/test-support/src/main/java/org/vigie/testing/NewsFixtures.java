package org.vigie.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;

/**
 * Five short news texts (four French, one English; {@code org/vigie/testing/news/}) with their
 * metadata, ids as the importer makes them, raw texts that differ from the texts: the documents
 * the corpus store contract is checked on.
 */
public final class NewsFixtures {
    public static final Document CONVENTION = read("convention-hanoi.txt", "Nhân Dân", "https://fr.example.vn/convention-hanoi",
            LocalDate.of(2025, 10, 26), "fr", Map.of("pays", "Việt Nam", "sujet", "traité"));
    public static final Document INTERPOL = read("interpol-afrique.txt", "VNA", "https://fr.example.vn/interpol-afrique",
            LocalDate.of(2025, 9, 12), "fr", Map.of("sujet", "fraude"));
    public static final Document LOCKBIT = read("lockbit-sanctions.txt", "Courrier du Vietnam", null,
            LocalDate.of(2024, 5, 8), "fr", Map.of());
    public static final Document FORUM = read("forum-da-nang.txt", null, "https://fr.example.vn/forum-da-nang",
            LocalDate.of(2025, 10, 3), "fr", Map.of("pays", "Việt Nam"));
    public static final Document EUROPOL = read("europol-english.txt", "VNA", null, null, "en", Map.of());
    public static final List<Document> ALL = List.of(CONVENTION, INTERPOL, LOCKBIT, FORUM, EUROPOL);

    private NewsFixtures() {
    }

    private static Document read(String file, String source, String url, LocalDate published, String lang,
            Map<String, String> tags) {
        try (InputStream in = NewsFixtures.class.getResourceAsStream("news/" + file)) {
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String title = raw.lines().findFirst().orElseThrow();
            String text = raw.substring(title.length()).strip();
            DocumentMetadata meta = new DocumentMetadata(title, source, url, published, lang, file,
                    "/data/news/" + file, Instant.parse("2026-12-01T08:00:00Z"), "text/plain", tags);
            return new Document(contentId(text), text, raw, meta);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A content hash like the importer's: the first 16 hex digits of the text's SHA-256. */
    public static String contentId(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
