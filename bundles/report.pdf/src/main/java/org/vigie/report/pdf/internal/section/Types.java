package org.vigie.report.pdf.internal.section;

import java.util.Map;

import org.vigie.entities.api.EntityType;
import org.vigie.report.api.Drawing.Colour;

/** Entity types as the briefing names and colours them; plugin types keep their own name. */
final class Types {

    private static final Map<EntityType, String> LABELS = Map.of(EntityType.PERSON, "Personne",
            EntityType.ORGANIZATION, "Organisation", EntityType.LOCATION, "Lieu", EntityType.EVENT, "Événement",
            EntityType.LAW, "Texte juridique");
    private static final Map<EntityType, Colour> COLOURS = Map.of(EntityType.PERSON, Colour.of(0x2f5d8a),
            EntityType.ORGANIZATION, Colour.of(0xb5483b), EntityType.LOCATION, Colour.of(0x3f8f55),
            EntityType.EVENT, Colour.of(0x7a5ca3), EntityType.LAW, Colour.of(0xa8802a));

    private Types() {
    }

    static String label(EntityType type) {
        return LABELS.getOrDefault(type, type.name().charAt(0) + type.name().substring(1).toLowerCase(java.util.Locale.ROOT));
    }

    static Colour colour(EntityType type) {
        return COLOURS.getOrDefault(type, Colour.of(0x6b6f76));
    }
}
