package org.vigie.corpus.importers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.ImportOptions;
import org.vigie.corpus.api.ImportReport;
import org.vigie.corpus.importers.internal.html.HtmlImporter;
import org.vigie.corpus.importers.internal.jsonl.JsonLinesImporter;
import org.vigie.corpus.importers.internal.text.PlainTextImporter;
import org.vigie.testing.MemoryCorpusStore;

/** The demo corpus of the repository ({@code samples/articles}) imports as the README promises. */
class SampleArticlesTest {

    @Test
    void importsTheEightSampleArticlesWithTheirMetadata() {
        Path samples = Path.of(System.getProperty("user.dir")).resolve("../../samples/articles").normalize();
        Assumptions.assumeTrue(Files.isDirectory(samples), "no samples/articles in this checkout");
        MemoryCorpusStore store = new MemoryCorpusStore();
        DefaultCorpusImporter corpus = new DefaultCorpusImporter();
        corpus.store = store;
        corpus.importers = List.of(Fixtures.registered("text", new PlainTextImporter(), "service.ranking", -100),
                Fixtures.registered("html", new HtmlImporter()), Fixtures.registered("jsonl", new JsonLinesImporter()));
        corpus.listeners = List.of();
        corpus.activate(Fixtures.config(50, 500, 100));

        ImportReport report = corpus.importPaths(List.of(samples), ImportOptions.DEFAULT, null);

        assertEquals("imported 7, unchanged 0, failed 0", report.summary());
        assertEquals(8, store.count());
        Map<String, Document> byTitle = store.documents().stream()
                .collect(Collectors.toMap(d -> d.metadata().title(), d -> d));
        Document hanoi = byTitle.get(
                "Hanoï accueille la signature de la Convention des Nations unies contre la cybercriminalité");
        assertEquals(LocalDate.of(2025, 10, 26), hanoi.metadata().published());
        assertEquals("Vigie Exemples", hanoi.metadata().source());
        assertFalse(hanoi.text().contains("Même catégorie"));
        assertFalse(hanoi.text().contains("Photo :"));
        assertTrue(hanoi.text().contains("le général Lương Tam Quang"));
        Document interpol = byTitle.get("Interpol : Valdecy Urquiza succède à Jürgen Stock au secrétariat général");
        assertEquals(LocalDate.of(2024, 11, 8), interpol.metadata().published());
        Document html = byTitle.get("Vietnam : le ministère de la Sécurité publique au cœur de la cybersécurité");
        assertEquals("Vigie Exemples", html.metadata().source());
        assertEquals(LocalDate.of(2025, 10, 24), html.metadata().published());
        assertFalse(html.text().contains("analytics"));
        assertTrue(store.documents().stream().allMatch(d -> d.metadata().language().equals("fr")));
        assertTrue(store.documents().stream().allMatch(d -> d.metadata().published() != null));
    }
}
