package org.vigie.export.internal.stix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The OASIS STIX 2.1 JSON schemas vendored under src/test/resources (see the README there), their
 * {@code $id}s mapped to the class path so that nothing is fetched. Public: the end-to-end test
 * validates the bundle written through {@code ./vigie} with it too.
 */
public final class StixSchemas {

    private static final String PREFIX = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";
    private static final Map<String, String> FOLDERS = Map.of("relationship", "sros", "sighting", "sros",
            "marking-definition", "common", "bundle", "common", "language-content", "common");

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaIdResolvers(r -> r.mapPrefix(PREFIX, "classpath:org/vigie/export/internal/stix/schemas/")));

    /** The types the vendored bundle schema lists for its objects ({@code identity}, ...). */
    private final Set<String> bundleTypes = bundleTypes();

    /** The schema of a STIX type ({@code identity}, {@code bundle}, ...). */
    public Schema schema(String type) {
        return registry.getSchema(SchemaLocation.of(PREFIX + FOLDERS.getOrDefault(type, "sdos") + "/" + type + ".json"));
    }

    /** The schema errors of one object, validated against the schema of its type; empty when valid. */
    public List<String> errors(JsonNode object) {
        List<String> errors = new ArrayList<>();
        schema(object.path("type").asText()).validate(object.toString(), InputFormat.JSON)
                .forEach(e -> errors.add(object.path("id").asText() + ": " + e));
        return errors;
    }

    /**
     * The errors of a whole bundle: the bundle schema, then every object against its own schema.
     * The bundle schema lists the types its {@code objects} may have, and misses some of STIX 2.1's
     * ({@code location}, {@code grouping}, {@code note}, ...: these then fail as custom objects);
     * objects of those types are validated against their own schema only.
     */
    public List<String> bundleErrors(JsonNode bundle) {
        List<String> errors = new ArrayList<>();
        ObjectNode envelope = bundle.deepCopy();
        ArrayNode listed = envelope.putArray("objects");
        bundle.path("objects").forEach(o -> {
            if (bundleTypes.contains(o.path("type").asText())) {
                listed.add(o);
            }
        });
        schema("bundle").validate(envelope.toString(), InputFormat.JSON).forEach(e -> errors.add("bundle: " + e));
        bundle.path("objects").forEach(o -> errors.addAll(errors(o)));
        return errors;
    }

    private static Set<String> bundleTypes() {
        try (InputStream in = StixSchemas.class.getResourceAsStream("schemas/common/bundle.json")) {
            Set<String> types = new HashSet<>();
            new ObjectMapper().readTree(in).path("properties").path("objects").path("items").path("anyOf").path(0)
                    .path("oneOf").forEach(r -> types.add(r.path("$ref").asText().replaceAll(".*/|\\.json$", "")));
            return types;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code *_ref} and {@code *_refs} value that names no object of the bundle. */
    public static List<String> danglingRefs(JsonNode bundle) {
        Set<String> ids = new HashSet<>();
        bundle.path("objects").forEach(o -> ids.add(o.path("id").asText()));
        List<String> dangling = new ArrayList<>();
        bundle.path("objects").forEach(o -> o.fields().forEachRemaining(f -> {
            if (f.getKey().endsWith("_ref") && !ids.contains(f.getValue().asText())) {
                dangling.add(o.path("id").asText() + " " + f.getKey() + " " + f.getValue().asText());
            }
            if (f.getKey().endsWith("_refs")) {
                f.getValue().forEach(v -> {
                    if (!ids.contains(v.asText())) {
                        dangling.add(o.path("id").asText() + " " + f.getKey() + " " + v.asText());
                    }
                });
            }
        }));
        return dangling;
    }
}
