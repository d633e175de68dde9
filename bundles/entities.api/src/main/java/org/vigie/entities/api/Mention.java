package org.vigie.entities.api;

import java.util.Map;

/**
 * One stored mention with its sentence.
 *
 * @param documentId the document
 * @param entityKey the resolved entity's key ({@code null} for DATE and QUANTITY)
 * @param type the mention's type
 * @param span where in the document's text
 * @param text the text as written
 * @param value the normalised value (canonical name, ISO date or null)
 * @param features the annotation's features
 * @param sentence the span of the sentence it stands in
 * @param sentenceText that sentence's text
 */
public record Mention(String documentId, String entityKey, EntityType type, Span span, String text, String value,
        Map<String, String> features, Span sentence, String sentenceText) {

    public Mention {
        features = features == null ? Map.of() : Map.copyOf(features);
    }
}
