package org.vigie.itests.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.testing.FtmModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * export:write --format ftm through ./vigie on the sample articles: every line an FtM entity valid
 * in the real FollowTheMoney model, one document entity per selected document, every entity
 * linked to a document, and the same export twice gives the same bytes.
 */
class FtmExportTest {

    @TempDir
    Path dir;

    @Test
    void theSamplesExportAsFtmEntitiesValidInTheRealModel() throws Exception {
        Path first = dir.resolve("first.ftm.json");
        Path second = dir.resolve("second.ftm.json");
        VigieProcess.Result run = VigieProcess.run(dir.resolve("ws"), "-c", "corpus:import "
                + VigieProcess.REPO.resolve("samples/articles") + "; export:formats; export:write --format ftm --out " + first
                + "; export:write --format FTM --out " + second);
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("ftm +ftm\\.json +application/x-ndjson +.* org\\.vigie\\.export")),
                run.toString());

        List<JsonNode> objects = read(first);
        assertEquals(List.of(), new FtmModel().problems(objects));
        List<JsonNode> documents = objects.stream().filter(o -> o.path("id").asText().startsWith("vigie-doc-")
                && !o.path("schema").asText().equals("Documentation")).toList();
        assertTrue(run.out().contains(documents.size() + " documents in"), run.toString());
        assertTrue(documents.stream().allMatch(d -> d.path("id").asText().matches("vigie-doc-[0-9a-f]{64}")), documents.toString());
        Set<String> linked = new HashSet<>();
        objects.stream().filter(o -> o.path("schema").asText().equals("Documentation"))
                .forEach(l -> linked.add(l.at("/properties/entity/0").asText()));
        List<String> entities = objects.stream().filter(o -> o.path("id").asText().startsWith("vigie-ent-"))
                .map(o -> o.path("id").asText()).toList();
        assertTrue(entities.size() > 10, entities.toString());
        assertEquals(Set.copyOf(entities), linked, "every entity is linked to a document that names it");
        assertTrue(objects.stream().anyMatch(o -> o.path("schema").asText().equals("Person")
                && o.at("/properties/nationality").toString().contains("\"vn\"")), "the samples' Vietnamese president");
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "the same export, the same bytes");
    }

    private static List<JsonNode> read(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> objects = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            objects.add(mapper.readTree(line));
        }
        return objects;
    }
}
