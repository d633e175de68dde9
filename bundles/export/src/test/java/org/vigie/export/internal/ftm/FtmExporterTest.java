package org.vigie.export.internal.ftm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.vigie.testing.FtmModel;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.export.api.Export;
import org.vigie.report.api.Selection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The FtM export of a small index, every object checked against the real FollowTheMoney model. */
class FtmExporterTest {

    static final String ARTICLE = "a".repeat(64);
    static final String NOTE = "note-1";

    @Test
    void everyObjectIsValidInTheRealModel() throws IOException {
        List<JsonNode> objects = read(export(corpus(), selection()));
        assertEquals(List.of(), new FtmModel().problems(objects));
    }

    @Test
    void longValuesAreCutToWhatTheirTypeTakes() throws IOException {
        String longTitle = "Titre ".repeat(400);
        DocumentSummary d = new DocumentSummary(ARTICLE, new DocumentMetadata(longTitle, "S".repeat(2_000), null, null, "fr",
                null, null, null, "text/plain", Map.of()), 10);
        List<JsonNode> objects = read(export(corpus(), new Selection(List.of(d), "un", false)));
        assertEquals(List.of(), new FtmModel().problems(objects));
        assertEquals(384, objects.get(0).at("/properties/name/0").asText().length());
    }

    @Test
    void entitiesMapToTheirSchemataWithCountriesAsCodes() throws IOException {
        List<JsonNode> objects = read(export(corpus(), selection()));
        JsonNode person = byName(objects, "Lương Cường");
        assertEquals("Person", person.path("schema").asText());
        assertEquals("[\"président vietnamien\"]", person.at("/properties/position").toString());
        assertEquals("[\"vn\"]", person.at("/properties/nationality").toString(), "the affiliation Vietnam is a country");
        JsonNode ministry = byName(objects, "Ministère de la Sécurité publique");
        assertEquals("PublicBody", ministry.path("schema").asText());
        assertEquals("[\"vn\"]", ministry.at("/properties/country").toString());
        assertEquals("Organization", byName(objects, "Interpol").path("schema").asText());
        assertEquals("Address", byName(objects, "Hanoï").path("schema").asText());
        JsonNode texas = byName(objects, "Texas");
        assertEquals("Address", texas.path("schema").asText());
        assertEquals("[\"us\"]", texas.at("/properties/country").toString(), "a subdivision's country from its ISO 3166-2 code");
        assertEquals("[\"Texas\"]", texas.at("/properties/state").toString());
        assertEquals("Document", byName(objects, "Convention de Hanoï").path("schema").asText());
        assertTrue(objects.stream().noneMatch(o -> o.at("/properties/name/0").asText().equals("Vietnam")),
                "a country is a property value, not an entity");
        JsonNode event = byName(objects, "Opération Cronos");
        assertEquals("[\"2025-10-25\"]", event.at("/properties/date").toString(), "the date of the sentence naming it");
        assertEquals("[\"vn\"]", event.at("/properties/country").toString());
        assertEquals(Set.of(person.path("id").asText(), ministry.path("id").asText()), Set.copyOf(texts(event.at("/properties/involved"))));
    }

    @Test
    void documentsCarryTheirMetadataAndLinks() throws IOException {
        List<JsonNode> objects = read(export(corpus(), selection()));
        JsonNode article = objects.get(0);
        assertEquals("vigie-doc-" + ARTICLE, article.path("id").asText());
        assertEquals("Article", article.path("schema").asText());
        assertEquals("[\"fra\"]", article.at("/properties/language").toString());
        assertEquals("[\"2025-10-26\"]", article.at("/properties/publishedAt").toString());
        assertEquals("[\"vn\"]", article.at("/properties/country").toString());
        assertEquals("[\"Lương Cường\"]", article.at("/properties/peopleMentioned").toString());
        JsonNode note = objects.stream().filter(o -> o.at("/properties/title/0").asText().equals("Note")).findFirst().orElseThrow();
        assertEquals("Document", note.path("schema").asText(), "no publisher, no address: not an article");
        assertTrue(note.at("/properties/language").isMissingNode(), "FtM has no code for Vietnamese");
        List<JsonNode> links = objects.stream().filter(o -> o.path("schema").asText().equals("Documentation")).toList();
        assertEquals(6 + 2, links.size(), "one per document and entity it names, countries aside");
        assertTrue(links.stream().allMatch(l -> l.at("/properties/summary/0").asText().startsWith("Phrase ")));
    }

    @Test
    void eachEntityIsWrittenOnceAndTheSameExportHasTheSameBytes() throws IOException {
        byte[] first = export(corpus(), selection());
        assertArrayEquals(first, export(corpus(), selection()));
        List<JsonNode> objects = read(first);
        assertEquals(1, objects.stream().filter(o -> o.at("/properties/name/0").asText().equals("Interpol")).count());
        assertTrue(objects.indexOf(byName(objects, "Interpol")) < objects.size() - 1);
    }

    @Test
    void writesAndFlushesOneDocumentAtATime() throws IOException {
        SmallIndex index = new SmallIndex().entity(entity(EntityType.ORGANIZATION, "Interpol", List.of(), List.of()));
        List<DocumentSummary> docs = IntStream.range(0, 2_000).mapToObj(i -> summary("d" + i, "Source", "fr")).toList();
        docs.forEach(d -> index.mention(d.id(), 0, "ORGANIZATION:interpol", null, Map.of()));
        CountingStream out = new CountingStream();
        new FtmExporter().write(new Export(new Selection(docs, "tout", true), index, Map.of()), out);
        assertEquals(2_000 + 1, out.flushes, "flushed once after each document and once at the end");
        assertEquals(2_000 + 1 + 2_000, out.lines, "documents, one entity, links");
    }

    static SmallIndex corpus() {
        Map<String, String> none = Map.of();
        return new SmallIndex()
                .entity(entity(EntityType.PERSON, "Lương Cường", List.of("président vietnamien"), List.of("Vietnam")))
                .entity(entity(EntityType.ORGANIZATION, "Interpol", List.of(), List.of()))
                .entity(entity(EntityType.ORGANIZATION, "Ministère de la Sécurité publique", List.of(), List.of()))
                .entity(entity(EntityType.LOCATION, "Hanoï", List.of(), List.of()))
                .entity(entity(EntityType.LOCATION, "Vietnam", List.of(), List.of()))
                .entity(entity(EntityType.LOCATION, "Texas", List.of(), List.of()))
                .entity(entity(EntityType.LAW, "Convention de Hanoï", List.of(), List.of()))
                .entity(entity(EntityType.EVENT, "Opération Cronos", List.of(), List.of()))
                .mention(ARTICLE, 0, "PERSON:lương cường", null, none)
                .mention(ARTICLE, 0, "ORGANIZATION:interpol", null, none)
                .mention(ARTICLE, 0, "LOCATION:hanoï", null, Map.of(Features.LINK, "gaz:hanoi"))
                .mention(ARTICLE, 1, "ORGANIZATION:ministère de la sécurité publique", null, Map.of(Features.COUNTRY, "Vietnam"))
                .mention(ARTICLE, 1, "LOCATION:vietnam", null, Map.of(Features.LINK, "iso:VN"))
                .mention(ARTICLE, 1, "LAW:convention de hanoï", null, none)
                .mention(ARTICLE, 1, "EVENT:opération cronos", null, none)
                .mention(ARTICLE, 1, "PERSON:lương cường", null, none)
                .mention(ARTICLE, 1, null, "2025-10-25", none)
                .mention(ARTICLE, 2, null, "2024-02", none)
                .mention(NOTE, 0, "ORGANIZATION:interpol", null, none)
                .mention(NOTE, 0, "LOCATION:vietnam", null, Map.of(Features.LINK, "iso:VN"))
                .mention(NOTE, 0, "LOCATION:texas", null, Map.of(Features.LINK, "iso-2:US-TX"));
    }

    static Entity entity(EntityType type, String name, List<String> roles, List<String> affiliations) {
        return new Entity(type.name() + ":" + name.toLowerCase(java.util.Locale.ROOT), type, name, List.of(), roles, affiliations, 1, 1);
    }

    static Selection selection() {
        DocumentSummary note = new DocumentSummary(NOTE, new DocumentMetadata("Note", null, null, null, "vi", "note.txt", null,
                null, "text/plain", Map.of()), 10);
        return new Selection(List.of(summary(ARTICLE, "Vigie Exemples", "fr"), note), "tout", true);
    }

    static DocumentSummary summary(String id, String source, String language) {
        return new DocumentSummary(id, new DocumentMetadata("Titre " + id, source, "https://actu.vigie.invalid/" + id,
                LocalDate.of(2025, 10, 26), language, id + ".txt", null, null, "text/plain", Map.of()), 100);
    }

    static byte[] export(SmallIndex index, Selection selection) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FtmExporter().write(new Export(selection, index, Map.of()), out);
        return out.toByteArray();
    }

    static List<JsonNode> read(byte[] lines) throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : new String(lines, StandardCharsets.UTF_8).split("\n")) {
            objects.add(mapper.readTree(line));
        }
        return objects;
    }

    private static JsonNode byName(List<JsonNode> objects, String name) {
        return objects.stream().filter(o -> o.at("/properties/name/0").asText().equals(name)
                && !o.path("schema").asText().matches("Article")).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(v -> texts.add(v.asText()));
        return texts;
    }

    /** Counts lines and flushes, keeping nothing. */
    private static final class CountingStream extends OutputStream {
        int lines;
        int flushes;

        @Override
        public void write(int b) {
            lines += b == '\n' ? 1 : 0;
        }

        @Override
        public void flush() {
            flushes++;
        }
    }
}
