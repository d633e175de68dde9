package org.vigie.entities.french.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.vigie.corpus.api.Document;
import org.vigie.entities.api.Annotation;

/**
 * Test tool: runs the French extractor over a folder of {@code .txt} files and writes the export
 * JSON Lines that {@code shared/gold/score-entities} reads, grouping annotations as the entity
 * index does (type + folded value). Usage: {@code ScoreExport DIR OUT.jsonl}. Run by
 * {@code bench/score-french.sh}.
 */
public final class ScoreExport {

    private ScoreExport() {
    }

    public static void main(String[] args) throws IOException {
        FrenchExtractor extractor = new FrenchExtractor();
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of(args[0]))) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (Path file : files) {
                Document document = SampleDocuments.read(file);
                List<Annotation> annotations = extractor.extract(document);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("document", file.getFileName().toString());
                row.put("id", document.id());
                row.put("title", document.metadata().title());
                row.put("entities", EntityGrouping.group(annotations));
                out.write(json.writeValueAsString(row));
                out.newLine();
            }
        }
        System.out.println("exported " + files.size() + " documents to " + args[1]);
    }
}
