package org.vigie.corpus.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.SearchRequest;
import org.vigie.corpus.api.SearchResult;
import org.vigie.testing.NewsFixtures;

/** The issue's acceptance searches on the seed articles in ../shared/corpus, when they are there. */
class SharedCorpusTest {
    @TempDir
    Path workspace;

    @Test
    void findsTheSeedArticlesTheIssueNames() throws Exception {
        Path corpus = sharedCorpus();
        Assumptions.assumeTrue(corpus != null, "no ../shared/corpus next to the repository");
        try (LuceneCorpusStore store = TestStores.open(workspace)) {
            List<Document> articles = read(corpus);
            assertEquals(5, store.add(articles).size());
            assertEquals(List.of(), store.add(read(corpus)), "the second import adds nothing");
            assertEquals(5, store.count());
            assertEquals(Set.of("000", "002", "004"), prefixes(store.search(SearchRequest.of("Interpol", 10))));
            assertEquals(Set.of("004"), prefixes(store.search(SearchRequest.of("Luong Tam Quang", 10))));
            assertEquals(Set.of("004"), prefixes(store.search(SearchRequest.of("\"Luong Tam Quang\"", 10))));
            String snippet = store.search(SearchRequest.of("Interpol", 1)).hits().get(0).snippet();
            assertTrue(snippet.toLowerCase().contains("[[interpol]]"), snippet);
        }
    }

    private static List<Document> read(Path corpus) throws IOException {
        List<Document> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Normalizer.normalize(Files.readString(file, StandardCharsets.UTF_8), Normalizer.Form.NFC);
                DocumentMetadata meta = new DocumentMetadata(text.lines().findFirst().orElse(null), null, null, null,
                        "fr", file.getFileName().toString(), file.toString(), null, "text/plain", null);
                documents.add(new Document(NewsFixtures.contentId(text), text, text, meta));
            }
        }
        return documents;
    }

    private static Set<String> prefixes(SearchResult result) {
        return result.hits().stream().map(h -> h.document().metadata().fileName().substring(0, 3))
                .collect(Collectors.toSet());
    }

    /** ../shared/corpus next to the repository, found by walking up from the working directory. */
    static Path sharedCorpus() {
        for (Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
