package org.vigie.entities.core.internal.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vigie.entities.core.internal.layout.IndexFields.EntityData;
import org.vigie.entities.core.internal.layout.IndexFields.MarkData;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;

/**
 * Writes an {@link EntityData} as UTF-8 JSON with Jackson's streaming generator, exactly as data
 * binding writes it (and reads it back): entity documents are most of what the index stores, and
 * binding records through their accessors cost more than writing their JSON. Reads back the part
 * that names an entity without its mentions ({@link #naming}).
 */
public final class EntityJson {

    private final JsonFactory factory;

    public EntityJson(JsonFactory factory) {
        this.factory = factory;
    }

    public byte[] write(EntityData data) {
        ByteArrayBuilder bytes = new ByteArrayBuilder(1024);
        try (JsonGenerator json = factory.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("group", data.group());
            json.writeStringField("affiliation", data.affiliation());
            json.writeStringField("name", data.name());
            strings(json, "aliases", data.aliases());
            strings(json, "roles", data.roles());
            strings(json, "affiliations", data.affiliations());
            json.writeArrayFieldStart("mentions");
            for (MarkData mark : data.mentions()) {
                mark(json, mark);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the entity data of " + data.group(), e);
        }
        return bytes.toByteArray();
    }

    /** The naming part of an entity document: what {@code describe} reads, not its mentions. */
    public record Naming(String name, List<String> aliases, List<String> roles, List<String> affiliations) {
    }

    /**
     * Reads the name, aliases, roles and affiliations of stored entity data, stopping at its
     * mentions: they come last (here and in the data binding of earlier versions) and are most of it.
     */
    public Naming naming(byte[] bytes, int offset, int length) {
        String name = null;
        List<String> aliases = List.of();
        List<String> roles = List.of();
        List<String> affiliations = List.of();
        try (JsonParser json = factory.createParser(bytes, offset, length)) {
            json.nextToken();
            for (String field = json.nextFieldName(); field != null && !field.equals("mentions"); field = json.nextFieldName()) {
                JsonToken value = json.nextToken();
                switch (field) {
                    case "name" -> name = json.getValueAsString();
                    case "aliases" -> aliases = strings(json, value);
                    case "roles" -> roles = strings(json, value);
                    case "affiliations" -> affiliations = strings(json, value);
                    default -> json.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable entity data in the entity index", e);
        }
        return new Naming(name, aliases, roles, affiliations);
    }

    private static List<String> strings(JsonParser json, JsonToken start) throws IOException {
        if (start != JsonToken.START_ARRAY) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
            values.add(json.getValueAsString());
        }
        return values;
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        if (values == null) {
            json.writeNullField(field);
            return;
        }
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** A mark as an array, in {@link MarkData}'s declared property order. */
    private static void mark(JsonGenerator json, MarkData mark) throws IOException {
        json.writeStartArray();
        json.writeString(mark.type());
        json.writeNumber(mark.begin());
        json.writeNumber(mark.end());
        json.writeString(mark.text());
        json.writeString(mark.value());
        if (mark.features() == null) {
            json.writeNull();
        } else {
            json.writeStartObject();
            for (Map.Entry<String, String> feature : mark.features().entrySet()) {
                json.writeStringField(feature.getKey(), feature.getValue());
            }
            json.writeEndObject();
        }
        json.writeNumber(mark.sentence());
        json.writeEndArray();
    }
}
