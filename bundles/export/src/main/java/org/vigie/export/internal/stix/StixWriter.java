package org.vigie.export.internal.stix;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes STIX objects into the bundle's {@code objects} array as they come, each with the common
 * properties (spec version 2.1, the export's one timestamp as {@code created} and {@code modified},
 * the marking), and remembers their ids for the selection's report, which lists them all.
 */
final class StixWriter {

    private final JsonGenerator json;
    private final String timestamp;
    private final TlpMarking marking;
    private final StixIds ids = new StixIds();
    private final List<String> written = new ArrayList<>();

    /**
     * @param json the generator, inside the bundle's {@code objects} array
     * @param timestamp {@code created} and {@code modified} of every object
     * @param marking the TLP marking of every object, or {@code null}
     */
    StixWriter(JsonGenerator json, String timestamp, TlpMarking marking) {
        this.json = json;
        this.timestamp = timestamp;
        this.marking = marking;
    }

    /** The deterministic ids. */
    StixIds ids() {
        return ids;
    }

    String timestamp() {
        return timestamp;
    }

    /** The ids of the objects written so far, in order. */
    List<String> written() {
        return written;
    }

    /** Starts an object of a type with its common properties; its own follow, then {@link #end()}. */
    void begin(String type, String id) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", type);
        json.writeStringField("spec_version", "2.1");
        json.writeStringField("id", id);
        json.writeStringField("created", timestamp);
        json.writeStringField("modified", timestamp);
        if (marking != null) {
            json.writeArrayFieldStart("object_marking_refs");
            json.writeString(marking.id());
            json.writeEndArray();
        }
        written.add(id);
    }

    void end() throws IOException {
        json.writeEndObject();
    }

    /** A string property, left out when there is no value. */
    void field(String name, String value) throws IOException {
        if (value != null && !value.isBlank()) {
            json.writeStringField(name, value);
        }
    }

    void field(String name, int value) throws IOException {
        json.writeNumberField(name, value);
    }

    /** A list property, left out when empty (STIX lists have at least one item). */
    void list(String name, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            json.writeArrayFieldStart(name);
            for (String v : values) {
                json.writeString(v);
            }
            json.writeEndArray();
        }
    }

    /** Starts the {@code external_references} list; {@link #reference} each, then {@link #endList()}. */
    void startReferences() throws IOException {
        json.writeArrayFieldStart("external_references");
    }

    /** One external reference; {@code url} or {@code externalId} must be given. */
    void reference(String sourceName, String url, String externalId, String description) throws IOException {
        json.writeStartObject();
        json.writeStringField("source_name", sourceName);
        field("description", description);
        field("url", absolute(url) ? url : null);
        field("external_id", externalId);
        json.writeEndObject();
    }

    /** Whether a URL is an absolute URI, as STIX's {@code url} must be (others are left out). */
    static boolean absolute(String url) {
        try {
            return url != null && new URI(url).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    void endList() throws IOException {
        json.writeEndArray();
    }

    void flush() throws IOException {
        json.flush();
    }
}
