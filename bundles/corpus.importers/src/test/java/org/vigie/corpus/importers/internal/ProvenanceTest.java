package org.vigie.corpus.importers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.ImportOptions;
import org.vigie.corpus.api.ParsedDocument;

class ProvenanceTest {
    private static final DocumentMetadata STORED = new DocumentMetadata("Titre", "VNA", "https://x.invalid/a",
            LocalDate.of(2025, 10, 26), "vi", "a.html", "/old/machine/a.html", Instant.parse("2025-11-01T08:00:00Z"),
            "text/html", Map.of("case", "hanoi"));
    private static final String TEXT = "Texte exact, pas en français.";

    private final Provenance provenance = new Provenance();

    @Test
    void aRestoredDocumentKeepsItsStoredMetadataAndItsId() {
        Document restored = provenance.document(parsed(), Path.of("/new/backup.jsonl"),
                new ImportOptions(null, null, Map.of()), Instant.now());

        assertEquals(STORED, restored.metadata(), "not the backup's name, path, time or a detected language");
        assertEquals(Provenance.id(TEXT), restored.id());
        assertEquals("<p>" + TEXT + "</p>", restored.rawText());
    }

    @Test
    void theImportsTagsAreAddedToTheStoredOnes() {
        Document restored = provenance.document(parsed(), Path.of("/new/backup.jsonl"),
                new ImportOptions(null, null, Map.of("lot", "2")), Instant.now());

        assertEquals(Map.of("case", "hanoi", "lot", "2"), restored.metadata().tags());
        assertEquals(STORED.imported(), restored.metadata().imported());
    }

    private static ParsedDocument parsed() {
        return new ParsedDocument(TEXT, "<p>" + TEXT + "</p>", "Titre", "VNA", "https://x.invalid/a",
                LocalDate.of(2025, 10, 26), "vi", "text/html", STORED.tags(), STORED);
    }
}
