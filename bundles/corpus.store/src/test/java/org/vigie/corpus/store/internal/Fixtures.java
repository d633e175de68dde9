package org.vigie.corpus.store.internal;

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

/** The module's own short news texts (src/test/resources/fixtures), with their metadata. */
final class Fixtures {
    static final Document CONVENTION = read("convention-hanoi.txt", "Nhân Dân", "https://fr.example.vn/convention-hanoi",
            LocalDate.of(2025, 10, 26), "fr", Map.of("pays", "Việt Nam", "sujet", "traité"));
    static final Document INTERPOL = read("interpol-afrique.txt", "VNA", "https://fr.example.vn/interpol-afrique",
            LocalDate.of(2025, 9, 12), "fr", Map.of("sujet", "fraude"));
    static final Document LOCKBIT = read("lockbit-sanctions.txt", "Courrier du Vietnam", null,
            LocalDate.of(2024, 5, 8), "fr", Map.of());
    static final Document FORUM = read("forum-da-nang.txt", null, "https://fr.example.vn/forum-da-nang",
            LocalDate.of(2025, 10, 3), "fr", Map.of("pays", "Việt Nam"));
    static final Document EUROPOL = read("europol-english.txt", "VNA", null, null, "en", Map.of());
    static final List<Document> ALL = List.of(CONVENTION, INTERPOL, LOCKBIT, FORUM, EUROPOL);

    private Fixtures() {
    }

    private static Document read(String file, String source, String url, LocalDate published, String lang,
            Map<String, String> tags) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + file)) {
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
    static String contentId(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
