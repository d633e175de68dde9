package org.vigie.entities.api;

import java.util.Map;
import java.util.Objects;

/**
 * A stand-off annotation: an extractor's claim that a span of a document's text is a mention of
 * something.
 *
 * @param span where, over {@code Document.text()}
 * @param type what kind of thing
 * @param text the covered text as written
 * @param value the normalised value: an entity's canonical name, a date's ISO form (or
 *     {@code null} when the year cannot be known)
 * @param features further facts ({@link Features})
 * @param confidence from 0 to 1
 * @param extractorId the id of the extractor that made it
 */
public record Annotation(Span span, EntityType type, String text, String value, Map<String, String> features,
        double confidence, String extractorId) {

    public Annotation {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(extractorId, "extractorId");
        features = features == null ? Map.of() : Map.copyOf(features);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text '" + text + "' does not fit span " + span);
        }
    }

    public String feature(String name) {
        return features.get(name);
    }
}
