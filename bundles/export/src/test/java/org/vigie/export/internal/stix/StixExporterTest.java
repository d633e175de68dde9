package org.vigie.export.internal.stix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.export.api.Export;
import org.vigie.export.api.ExportException;
import org.vigie.report.api.Selection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The STIX bundle validated against the OASIS schemas, its references resolved, its mapping checked. */
class StixExporterTest {

    private static final EntityType INDICATOR = new EntityType("INDICATOR");
    private static final StixSchemas SCHEMAS = new StixSchemas();

    @Test
    void everyObjectIsValidStixAndEveryReferenceResolves() throws IOException {
        JsonNode bundle = export(index(), selection(3), Map.of("marking", "tlp:amber+strict"));
        assertEquals(List.of(), SCHEMAS.bundleErrors(bundle));
        assertEquals(List.of(), StixSchemas.danglingRefs(bundle));
        for (JsonNode o : bundle.path("objects")) {
            assertTrue(o.path("id").asText().matches(o.path("type").asText()
                    + "--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
                    || o.path("type").asText().equals("marking-definition"), o.toString());
        }
    }

    @Test
    void theSchemasRejectWhatIsNotStix() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode bundle = export(index(), selection(3), Map.of());
        JsonNode place = object(bundle, "Vietnam");
        ((com.fasterxml.jackson.databind.node.ObjectNode) place).remove("country");
        assertFalse(SCHEMAS.errors(place).isEmpty(), "a location needs a region, a country or coordinates");
        JsonNode person = mapper.readTree(object(bundle, "Jean Martin").toString().replace("\"2.1\"", "\"2.2\""));
        assertFalse(SCHEMAS.errors(person).isEmpty(), "spec_version 2.2");
        ((com.fasterxml.jackson.databind.node.ObjectNode) bundle).put("id", "bundle--nope");
        assertFalse(SCHEMAS.bundleErrors(bundle).isEmpty(), "a bundle id is an identifier");
    }

    @Test
    void entitiesBecomeTheStixObjectsTheyAre() throws IOException {
        StixFakeIndex index = index();
        JsonNode bundle = export(index, selection(3), Map.of());
        JsonNode person = object(bundle, "Jean Martin");
        assertEquals(new StixIds().id("identity", index.named("Jean Martin").key()), person.path("id").asText());
        assertEquals("individual", person.path("identity_class").asText());
        assertEquals("procureur", person.path("roles").path(0).asText());
        assertEquals("intrusion-set", object(bundle, "LockBit").path("type").asText(), "named as a ransomware group");
        assertEquals("organization", object(bundle, "Europol").path("identity_class").asText());
        assertEquals("VN", object(bundle, "Vietnam").path("country").asText(), "from the gazetteer's iso: link");
        assertEquals("south-eastern-asia", object(bundle, "Asie du Sud-Est").path("region").asText());
        JsonNode texas = object(bundle, "Texas");
        assertEquals("US", texas.path("country").asText(), "a subdivision's country from its ISO 3166-2 code");
        assertEquals("Texas", texas.path("administrative_area").asText());
        assertEquals("[ipv4-addr:value = '185.220.101.4']", object(bundle, "185.220.101.4").path("pattern").asText());
        assertEquals("[url:value = 'http://evil.example/a\\'b']", object(bundle, "http://evil.example/a'b")
                .path("pattern").asText(), "quote escaped");
        JsonNode cve = object(bundle, "CVE-2024-3400");
        assertEquals("vulnerability", cve.path("type").asText());
        assertEquals("CVE-2024-3400", cve.path("external_references").path(0).path("external_id").asText());
        assertTrue(types(bundle).stream().noneMatch(t -> t.equals("marking-definition")), "no marking asked");

        List<JsonNode> relationships = ofType(bundle, "relationship");
        assertEquals(2, relationships.size(), "the pair with the left-out city is dropped");
        assertEquals(2, relationships.stream().filter(r -> r.toString().contains(person.path("id").asText()))
                .findFirst().orElseThrow().path("x_vigie_sentences").asInt());

        List<JsonNode> reports = ofType(bundle, "report");
        assertEquals(3, reports.size(), "two documents name something exported, plus the selection");
        JsonNode selection = bundle.path("objects").get(bundle.path("objects").size() - 1);
        assertEquals("Vigie: tout le corpus", selection.path("name").asText());
        assertEquals(bundle.path("objects").size() - 1, selection.path("object_refs").size(), "lists every object");
        assertEquals(3, selection.path("external_references").size(), "one per source URL");
        String description = selection.path("description").asText();
        assertTrue(description.contains("1 places without a country or region code")
                && description.contains("1 EVENT entities") && description.contains("1 documents naming nothing"),
                description);
    }

    @Test
    void theMarkingMarksEveryObjectAndABadOneIsAOneLineError() throws IOException {
        JsonNode bundle = export(index(), selection(3), Map.of("marking", "TLP:AMBER+STRICT"));
        JsonNode marking = bundle.path("objects").get(0);
        assertEquals("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", marking.path("id").asText());
        assertEquals("amber+strict", marking.path("extensions").path(TlpMarking.EXTENSION).path("tlp_2_0").asText());
        for (JsonNode o : bundle.path("objects")) {
            if (o != marking) {
                assertEquals(marking.path("id").asText(), o.path("object_marking_refs").path(0).asText(), o.toString());
            }
        }
        ExportException bad = assertThrows(ExportException.class,
                () -> write(index(), selection(1), Map.of("marking", "TLP:PURPLE")));
        assertEquals("unknown marking 'TLP:PURPLE': STIX markings are TLP:CLEAR, TLP:GREEN, TLP:AMBER, "
                + "TLP:AMBER+STRICT, TLP:RED", bad.getMessage());
    }

    @Test
    void twoExportsOfTheSameSelectionAreByteIdentical() throws IOException {
        byte[] first = write(index(), selection(3), Map.of("marking", "TLP:GREEN"));
        byte[] second = write(index(), selection(3), Map.of("marking", "TLP:GREEN"));
        assertArrayEquals(first, second);
        JsonNode bundle = new ObjectMapper().readTree(first);
        assertEquals("2025-01-03T00:00:00.000Z", bundle.path("objects").get(1).path("created").asText(),
                "the newest document's date, not the clock");
    }

    @Test
    void aSelectionNamingNothingExportableIsAnError() {
        StixFakeIndex index = new StixFakeIndex().add("d0", EntityType.EVENT, "Cronos", List.of(), "Cronos.", Map.of());
        ExportException e = assertThrows(ExportException.class, () -> write(index, selection(1), Map.of()));
        assertEquals("nothing to write in STIX: the 1 selected documents name no person, organisation, place or "
                + "indicator", e.getMessage());
    }

    @Test
    void documentsAreWrittenAndFlushedOneAtATime() throws IOException {
        StixFakeIndex index = new StixFakeIndex();
        IntStream.range(0, 2_000).forEach(i -> index.add("d" + i, EntityType.PERSON, "Jean Martin", List.of(),
                "Jean Martin parle.", Map.of()));
        CountingStream out = new CountingStream();
        new StixExporter().write(new Export(selection(2_000), index, Map.of()), out);
        assertEquals(2_000, index.documentCalls, "one entity query per document");
        assertTrue(out.flushes >= 2_000, "flushed after each document's report: " + out.flushes);
    }

    @Test
    void uuid5MatchesTheRfcExample() {
        // RFC 9562 appendix A.4: UUIDv5 of www.example.com in the DNS namespace
        StixIds dns = new StixIds(java.util.UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"));
        assertEquals("x--2ed6657d-e927-568b-95e1-2665a8aea6a2", dns.id("x", "www.example.com"));
    }

    /** Counts flushes, keeping nothing. */
    private static final class CountingStream extends java.io.OutputStream {
        int flushes;

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }

        @Override
        public void flush() {
            flushes++;
        }
    }

    static StixFakeIndex index() {
        return new StixFakeIndex()
                .add("d0", EntityType.ORGANIZATION, "LockBit", List.of(), "Le groupe de rançongiciels LockBit a frappé Hanoï.", Map.of())
                .add("d0", EntityType.LOCATION, "Hanoï", List.of(), "Le groupe de rançongiciels LockBit a frappé Hanoï.",
                        Map.of(Features.LINK, "gaz:hanoi"))
                .add("d0", EntityType.PERSON, "Jean Martin", List.of("procureur"), "Jean Martin, procureur, au Vietnam.", Map.of())
                .add("d0", EntityType.LOCATION, "Vietnam", List.of(), "Jean Martin, procureur, au Vietnam.",
                        Map.of(Features.LINK, "iso:VN"))
                .add("d1", EntityType.ORGANIZATION, "Europol", List.of(), "Europol a saisi 185.220.101[.]4.", Map.of())
                .add("d1", INDICATOR, "185.220.101.4", List.of(), "Europol a saisi 185.220.101[.]4.", Map.of("kind", "ipv4"))
                .add("d1", EntityType.LOCATION, "Asie du Sud-Est", List.of(), "En Asie du Sud-Est.", Map.of())
                .add("d1", INDICATOR, "CVE-2024-3400", List.of(), "La faille CVE-2024-3400.", Map.of("kind", "cve"))
                .add("d1", INDICATOR, "http://evil.example/a'b", List.of(), "Voir http://evil.example/a'b.", Map.of("kind", "url"))
                .add("d1", EntityType.EVENT, "Opération Cronos", List.of(), "L'Opération Cronos.", Map.of())
                .add("d2", EntityType.LOCATION, "Hanoï", List.of(), "À Hanoï.", Map.of(Features.LINK, "gaz:hanoi"))
                .add("d1", EntityType.LOCATION, "Texas", List.of(), "Au Texas.", Map.of(Features.LINK, "iso-2:US-TX"))
                .pair("LockBit", "Jean Martin", 2).pair("Europol", "185.220.101.4", 1).pair("LockBit", "Hanoï", 1);
    }

    static Selection selection(int n) {
        List<DocumentSummary> docs = IntStream.range(0, n).mapToObj(i -> new DocumentSummary("d" + i, new DocumentMetadata(
                "Titre " + i, "Source", "https://x.invalid/" + i, LocalDate.of(2025, 1, 1).plusDays(i), "fr",
                null, null, Instant.parse("2024-06-01T10:00:00Z"), "text/plain", Map.of()), 100)).toList();
        return new Selection(docs, "tout le corpus", true);
    }

    static byte[] write(StixFakeIndex index, Selection selection, Map<String, String> options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StixExporter().write(new Export(selection, index, options), out);
        return out.toByteArray();
    }

    private static JsonNode export(StixFakeIndex index, Selection selection, Map<String, String> options)
            throws IOException {
        return new ObjectMapper().readTree(write(index, selection, options));
    }

    private static JsonNode object(JsonNode bundle, String name) {
        List<JsonNode> found = new ArrayList<>();
        bundle.path("objects").forEach(o -> {
            if (o.path("name").asText().equals(name)) {
                found.add(o);
            }
        });
        assertEquals(1, found.size(), name + " in " + bundle);
        return found.get(0);
    }

    private static List<JsonNode> ofType(JsonNode bundle, String type) {
        List<JsonNode> found = new ArrayList<>();
        bundle.path("objects").forEach(o -> {
            if (o.path("type").asText().equals(type)) {
                found.add(o);
            }
        });
        return found;
    }

    private static List<String> types(JsonNode bundle) {
        List<String> types = new ArrayList<>();
        bundle.path("objects").forEach(o -> types.add(o.path("type").asText()));
        return types;
    }
}
