package org.vigie.export.internal.stix;

import java.util.List;

import org.vigie.entities.api.Entity;

/** The {@code description} of an entity's object: what Vigie knows that STIX has no property for. */
final class Descriptions {

    private Descriptions() {
    }

    /** {@code Also written: A; B. Roles: ... Affiliations: ... Named 4 times in 2 documents.} */
    static String of(Entity e) {
        StringBuilder s = new StringBuilder();
        part(s, "Also written", e.aliases());
        part(s, "Roles", e.roles());
        part(s, "Affiliations", e.affiliations());
        s.append("Named ").append(e.mentions()).append(e.mentions() == 1 ? " time in " : " times in ")
                .append(e.documents()).append(e.documents() == 1 ? " document." : " documents.");
        return s.toString();
    }

    private static void part(StringBuilder s, String label, List<String> values) {
        if (!values.isEmpty()) {
            s.append(label).append(": ").append(String.join("; ", values)).append(". ");
        }
    }
}
