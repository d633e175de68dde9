package org.vigie.export.internal.stix;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.vigie.export.api.ExportException;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The Traffic Light Protocol 2.0 levels as the STIX marking-definition objects OASIS publishes for
 * them (cti-stix-common-objects, extension-definition-specifications/tlp-2.0; the ids FIRST's
 * TLP 2.0 and CACAO use too). STIX 2.1 itself (section 7.2.1.4) predefines only TLP 1.0's white,
 * green, amber and red; {@code TLP:WHITE} is read as its TLP 2.0 successor {@code TLP:CLEAR}.
 */
enum TlpMarking {
    CLEAR("94868c89-83c2-464b-929b-a1a8aa3c8487"),
    GREEN("bab4a63c-aed9-4cf5-a766-dfca5abac2bb"),
    AMBER("55d920b0-5e8b-4f79-9ee9-91f868d9b421"),
    AMBER_STRICT("939a9414-2ddd-4d32-a0cd-375ea402b003"),
    RED("e828b379-4e03-4974-9ac4-e53a884c97c1");

    /** The TLP 2.0 extension every one of these objects declares itself through. */
    static final String EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
    /** The objects' own creation time, part of the published objects like their ids. */
    static final String CREATED = "2022-10-01T00:00:00.000Z";

    private final String uuid;

    TlpMarking(String uuid) {
        this.uuid = uuid;
    }

    /** The marking-definition id objects reference. */
    String id() {
        return "marking-definition--" + uuid;
    }

    /** {@code clear}, {@code amber+strict}, ... */
    String level() {
        return name().toLowerCase(Locale.ROOT).replace('_', '+');
    }

    /** {@code TLP:AMBER+STRICT}. */
    String label() {
        return "TLP:" + level().toUpperCase(Locale.ROOT);
    }

    /** The level a {@code --marking} value names ({@code TLP:AMBER+STRICT}, {@code amber+strict}). */
    static TlpMarking of(String value) {
        String level = value.strip().toLowerCase(Locale.ROOT).replaceFirst("^tlp:", "");
        if (level.equals("white")) {
            return CLEAR;
        }
        for (TlpMarking m : values()) {
            if (m.level().equals(level)) {
                return m;
            }
        }
        throw new ExportException("unknown marking '" + value + "': STIX markings are "
                + Arrays.stream(values()).map(TlpMarking::label).collect(Collectors.joining(", ")));
    }

    /** Writes the marking-definition object. */
    void write(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "marking-definition");
        json.writeStringField("spec_version", "2.1");
        json.writeStringField("id", id());
        json.writeStringField("created", CREATED);
        json.writeStringField("name", label());
        json.writeObjectFieldStart("extensions");
        json.writeObjectFieldStart(EXTENSION);
        json.writeStringField("extension_type", "property-extension");
        json.writeStringField("tlp_2_0", level());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }
}
