package org.vigie.itests.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.vigie.corpus.api.CorpusImporter;
import org.vigie.corpus.api.FileOutcome;
import org.vigie.corpus.api.ImportOptions;

/** Imports a text file written by a test (the importer extracts its entities before it returns). */
final class Articles {

    private Articles() {
    }

    /** The id of the one document imported from {@code text}, recorded as published by {@code source}. */
    static String importText(CorpusImporter importer, Path dir, String fileName, String source, String text)
            throws IOException {
        Path file = Files.writeString(dir.resolve(fileName), text, StandardCharsets.UTF_8);
        FileOutcome outcome = importer.importPaths(List.of(file), new ImportOptions(source, "fr", Map.of()), null)
                .files().get(0);
        assertTrue(outcome.status() != FileOutcome.Status.FAILED, String.valueOf(outcome.reason()));
        assertEquals(1, outcome.documentIds().size(), outcome.toString());
        return outcome.documentIds().get(0);
    }
}
