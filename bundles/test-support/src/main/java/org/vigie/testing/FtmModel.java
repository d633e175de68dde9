package org.vigie.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import tech.followthemoney.model.Model;
import tech.followthemoney.model.Property;
import tech.followthemoney.model.PropertyType;
import tech.followthemoney.model.Schema;

/**
 * Checks FtM JSON Lines against the real FollowTheMoney model ({@code tech.followthemoney:
 * followthemoney}, its Java model and its {@code defaultModel.json}): the schema exists and is not
 * abstract, every property belongs to it (inherited ones too) and is not a stub (a reverse
 * property FtM computes), every value fits its type (dates, country and language codes, URLs,
 * lengths; entity references name an entity of the export whose schema is in the range), the
 * required properties of the schema and its parents are present, ids are valid and unique.
 * Shared by the FtM exporter's unit tests and the end-to-end test; a module using it declares the
 * (test scope) dependency on {@code tech.followthemoney:followthemoney} itself.
 */
public final class FtmModel {

    private static final Pattern ID = Pattern.compile("[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2})?)?)?)?)?");

    private final Model model;
    private final Set<String> abstractSchemata;

    /** Loads the model {@code tech.followthemoney:followthemoney} ships. */
    public FtmModel() throws IOException {
        model = Model.loadDefault();
        try (InputStream in = Model.class.getResourceAsStream("/defaultModel.json")) {
            JsonNode schemata = new ObjectMapper().readTree(in).get("schemata");
            Set<String> names = new java.util.HashSet<>();
            schemata.fields().forEachRemaining(e -> {
                if (e.getValue().path("abstract").asBoolean(false)) {
                    names.add(e.getKey());
                }
            });
            abstractSchemata = Set.copyOf(names);
        }
    }

    /** The real model. */
    public Model model() {
        return model;
    }

    /** The problems of an export, one line each; empty when every object is valid. */
    public List<String> problems(List<JsonNode> objects) {
        List<String> problems = new ArrayList<>();
        Map<String, Schema> ids = new HashMap<>();
        for (JsonNode o : objects) {
            String id = o.path("id").asText();
            Schema schema = model.getSchema(o.path("schema").asText());
            if (!ID.matcher(id).matches() || id.length() > model.getType(PropertyType.ENTITY).getMaxLength()) {
                problems.add("invalid id " + id);
            }
            if (schema == null || abstractSchemata.contains(schema.getName())) {
                problems.add(id + ": no concrete schema " + o.path("schema").asText());
            } else if (ids.put(id, schema) != null) {
                problems.add("duplicate id " + id);
            }
        }
        for (JsonNode o : objects) {
            Schema schema = ids.get(o.path("id").asText());
            if (schema != null) {
                check(o, schema, ids, problems);
            }
        }
        return problems;
    }

    private void check(JsonNode o, Schema schema, Map<String, Schema> ids, List<String> problems) {
        String id = o.path("id").asText();
        JsonNode properties = o.path("properties");
        // the union over the schema's ancestry: stricter than either reading of FtM's inheritance
        Set<String> required = new java.util.TreeSet<>();
        schema.getSchemata().forEach(s -> s.getRequiredProperties().forEach(r -> required.add(r.getQName())));
        for (String qname : required) {
            if (!properties.has(qname.substring(qname.indexOf(':') + 1))) {
                problems.add(id + " (" + schema.getName() + "): missing required " + qname);
            }
        }
        properties.fields().forEachRemaining(p -> {
            Property property = schema.hasProperty(p.getKey()) ? schema.getProperty(p.getKey()) : null;
            if (property == null || property.isStub()) {
                problems.add(id + ": " + schema.getName() + " has no writable property " + p.getKey());
            } else if (!p.getValue().isArray() || p.getValue().isEmpty()) {
                problems.add(id + ": " + p.getKey() + " is not a non-empty list");
            } else {
                p.getValue().forEach(v -> value(id, property, v, ids, problems));
            }
        });
    }

    private void value(String id, Property property, JsonNode v, Map<String, Schema> ids, List<String> problems) {
        PropertyType type = property.getType();
        String s = v.isTextual() ? v.asText() : null;
        String where = id + ": " + property.getName() + " (" + type.getName() + ") ";
        if (s == null || s.isBlank() || s.length() > type.getMaxLength()) {
            problems.add(where + "bad value " + v);
            return;
        }
        boolean ok = switch (type.getName()) {
            case "date" -> DATE.matcher(s).matches();
            case "url" -> url(s);
            case "mimetype" -> s.matches("[\\w.+-]+/[\\w.+-]+");
            case "entity" -> ids.containsKey(s) && property.getRange().map(r -> ids.get(s).isA(r)).orElse(true);
            default -> type.getValues().map(values -> values.containsKey(s)).orElse(true);
        };
        if (!ok) {
            problems.add(where + "invalid value " + s);
        }
    }

    private static boolean url(String s) {
        try {
            URI uri = new URI(s);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
