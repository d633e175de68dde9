package org.vigie.web.internal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;

/** Documents for the API's tests. */
final class Documents {

    private Documents() {
    }

    static Document of(String id, String title, String source, String published, String text) {
        return new Document(id, text, null, new DocumentMetadata(title, source, "https://example.org/" + id,
                published == null ? null : LocalDate.parse(published), "fr", id + ".txt", null,
                Instant.parse("2026-12-01T00:00:00Z"), "text/plain", Map.of("projet", "hanoi")));
    }
}
