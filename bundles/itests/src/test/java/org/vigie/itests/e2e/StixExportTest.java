package org.vigie.itests.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.export.internal.stix.StixSchemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * export:write --format stix through ./vigie on the sample articles and an article naming
 * indicators, with the IOC plugin installed: the bundle validated against the OASIS STIX 2.1 JSON
 * schemas, every reference resolved, the same bundle written twice, a bad marking a one-line error.
 */
class StixExportTest {

    private static final String IOC_ARTICLE = """
            Le groupe de rançongiciels Akira exploite la faille CVE-2024-3400

            Selon l'ANSSI, le groupe de rançongiciels Akira exploite la faille CVE-2024-3400 depuis le serveur \
            185.220.101[.]4 et le domaine update-check[.]xyz. Le fichier malveillant a pour empreinte \
            9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08.
            """;

    @TempDir
    Path dir;

    @Test
    void theSamplesExportAsAValidStixBundle() throws Exception {
        Path ws = dir.resolve("ws");
        Path articles = Files.createDirectories(dir.resolve("ioc"));
        Files.writeString(articles.resolve("akira.txt"), IOC_ARTICLE, StandardCharsets.UTF_8);
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        VigieProcess.Result run = VigieProcess.run(ws, "-c", "corpus:import " + VigieProcess.REPO.resolve("samples/articles")
                + "; corpus:import " + articles + "; plugins:install " + VigieProcess.example("ioc-extractor") + "; entities:extract --all"
                + "; export:write --format stix --out " + first + " --marking TLP:AMBER"
                + "; export:write --format stix --out " + second + " --marking tlp:amber");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("wrote " + first + " (stix): "), run.toString());

        JsonNode bundle = new ObjectMapper().readTree(first.toFile());
        assertEquals(List.of(), new StixSchemas().bundleErrors(bundle));
        assertEquals(List.of(), StixSchemas.danglingRefs(bundle));
        Map<String, Integer> types = new HashMap<>();
        bundle.path("objects").forEach(o -> types.merge(o.path("type").asText(), 1, Integer::sum));
        for (String type : List.of("marking-definition", "identity", "location", "intrusion-set", "indicator",
                "vulnerability", "relationship", "report")) {
            assertTrue(types.containsKey(type), type + " in " + types);
        }
        String marking = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";
        bundle.path("objects").forEach(o -> assertTrue(o.path("id").asText().equals(marking)
                || o.path("object_marking_refs").toString().equals("[\"" + marking + "\"]"), o.toString()));
        assertTrue(bundle.toString().contains("[ipv4-addr:value = '185.220.101.4']"), "the refanged address");
        Map<String, String> typeByName = new HashMap<>();
        bundle.path("objects").forEach(o -> typeByName.put(o.path("name").asText(), o.path("type").asText()));
        assertEquals("intrusion-set", typeByName.get("Akira"), "named a ransomware group");
        assertEquals("vulnerability", typeByName.get("CVE-2024-3400"));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "the same selection, the same bytes");

        VigieProcess.Result bad = VigieProcess.run(ws, "-c", "export:write --format stix --out " + dir.resolve("x.json")
                + " --marking TLP:PURPLE");
        assertNotEquals(0, bad.exitCode());
        assertEquals(List.of("error: unknown marking 'TLP:PURPLE': STIX markings are TLP:CLEAR, TLP:GREEN, TLP:AMBER, "
                + "TLP:AMBER+STRICT, TLP:RED"), bad.err().strip().lines().toList());
        assertTrue(Files.notExists(dir.resolve("x.json")), "no file for a failed export");
    }
}
