package org.vigie.corpus.importers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.vigie.corpus.api.ImportOptions;
import org.vigie.corpus.api.ImportReport;
import org.vigie.corpus.api.ParsedDocument;
import org.vigie.corpus.importers.internal.text.PlainTextImporter;
import org.vigie.testing.MemoryCorpusStore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Golden tests on the seed articles in {@code ../shared/corpus} and {@code ../shared/corpus-dev}
 * (skipped in a clone without them): titles, outlets, dates and furniture, and the publication
 * dates of the gold annotations.
 */
class SharedCorpusGoldenTest {

    private final PlainTextImporter importer = new PlainTextImporter();

    @Test
    void readsTheTitlesOutletsAndDatesOfTheSeedArticles() {
        Path corpus = folder("corpus");
        Map<String, List<String>> expected = Map.of(
                "000_a1e766628a20f0e9.txt", List.of(
                        "Le Vietnam propose l'élaboration de la Convention internationale sur la sécurité du réseau",
                        "", ""),
                "001_ae86a5cfaffa0c1a.txt", List.of(
                        "Le Vietnam souhaite acquérir des expériences internationales dans la garantie de la sécurité",
                        "Nhân Dân", ""),
                "002_f50682956ae7524c.txt", List.of("Renforcer les enquêtes conjointes sur les cas de cybercriminalité",
                        "Nhân Dân", "2025-10-26"),
                "003_10b4231f27b8f127.txt", List.of("Importance particulière", "Báo Tin tức", "2025-10-08"),
                "004_b6deee30475d28dd.txt", List.of(
                        "Le ministère de la Police intensifie sa coopération internationale", "VNA", ""));
        expected.forEach((file, values) -> {
            ParsedDocument doc = Fixtures.readOne(importer, corpus.resolve(file));
            assertEquals(values.get(0), doc.title(), file);
            assertEquals(values.get(1), doc.source() == null ? "" : doc.source(), file);
            assertEquals(values.get(2), doc.published() == null ? "" : doc.published().toString(), file);
        });
    }

    @Test
    void cutsThePageFurnitureOfTheSeedArticles() {
        Path corpus = folder("corpus");
        ParsedDocument doc002 = Fixtures.readOne(importer, corpus.resolve("002_f50682956ae7524c.txt"));
        ParsedDocument doc004 = Fixtures.readOne(importer, corpus.resolve("004_b6deee30475d28dd.txt"));
        ParsedDocument doc000 = Fixtures.readOne(importer, corpus.resolve("000_a1e766628a20f0e9.txt"));

        for (String furniture : new String[] {"Vietnam.vn", "Báo Nhân dân", "Source:", "Comment (0)", "No data",
            "Même catégorie", "Même auteur", "Nénuphars", "Produit"}) {
            assertFalse(doc002.text().contains(furniture), furniture);
            assertTrue(doc002.rawText().contains(furniture), furniture);
        }
        assertTrue(doc002.text().endsWith("obtiendra de nombreux résultats dans les temps à venir."));
        assertEquals("https://nhandan.vn/tang-cuong-phoi-hop-dieu-tra-chung-cac-vu-an-lien-quan-den-toi-pham-mang-"
                + "post918114.html", doc002.url());
        assertFalse(doc004.text().contains("Photo : VNA/CVN"));
        assertTrue(doc004.text().endsWith("l’objectif de souveraineté technologique du Vietnam."));
        assertFalse(doc000.text().contains("|"));
        assertFalse(doc000.text().startsWith(">>"));
        assertTrue(doc004.text().contains("le général Luong Tam Quang, membre du Politburo"));
    }

    @Test
    void findsThePublicationDatesOfTheGoldAnnotations() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String[] set : new String[][] {{"corpus", "seeds.json"}, {"corpus-dev", "dev.json"}}) {
            Path folder = folder(set[0]);
            Optional<Path> gold = Fixtures.shared("gold").map(g -> g.resolve(set[1])).filter(Files::isRegularFile);
            Assumptions.assumeTrue(gold.isPresent(), "no gold annotations next to the repository");
            JsonNode documents = json.readTree(gold.get().toFile()).get("documents");
            for (Iterator<String> names = documents.fieldNames(); names.hasNext();) {
                String name = names.next();
                JsonNode published = documents.get(name).get("published");
                LocalDate found = Fixtures.readOne(importer, folder.resolve(name)).published();
                assertEquals(published.isNull() ? null : published.asText(),
                        found == null ? null : found.toString(), name);
            }
        }
    }

    @Test
    void importingTheSeedCorpusTwiceLeavesFiveFrenchDocuments() {
        Path corpus = folder("corpus");
        MemoryCorpusStore store = new MemoryCorpusStore();
        DefaultCorpusImporter importerService = new DefaultCorpusImporter();
        importerService.store = store;
        importerService.importers = List.of(Fixtures.registered("text", importer));
        importerService.listeners = List.of();
        importerService.activate(Fixtures.config(50, 500, 100));

        ImportReport first = importerService.importPaths(List.of(corpus), ImportOptions.DEFAULT, null);
        ImportReport second = importerService.importPaths(List.of(corpus), ImportOptions.DEFAULT, null);

        assertEquals("imported 5, unchanged 0, failed 0", first.summary());
        assertEquals("imported 0, unchanged 5, failed 0", second.summary());
        assertEquals(5, store.count());
        assertTrue(store.documents().stream().allMatch(d -> d.metadata().language().equals("fr")));
    }

    @Test
    void tellsTheLanguageOfEveryDevelopmentArticle() throws IOException {
        Path dev = folder("corpus-dev");
        LanguageDetector detector = new LanguageDetector();
        try (var files = Files.list(dev)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                assertEquals("fr", detector.detect(Fixtures.readOne(importer, file).text()), file.toString());
            }
        }
    }

    private static Path folder(String name) {
        Optional<Path> folder = Fixtures.shared(name);
        Assumptions.assumeTrue(folder.isPresent(), "no ../shared/" + name + " next to the repository");
        return folder.get();
    }
}
