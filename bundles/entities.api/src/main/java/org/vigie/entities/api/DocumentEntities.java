package org.vigie.entities.api;

import java.util.List;

/**
 * One document's resolved entities (counts within the document) and its dates.
 *
 * @param documentId the document
 * @param entities its entities; {@code aliases} are the surface forms this document uses
 * @param dates its DATE mentions in text order
 * @param runs how each extractor fared on it, with versions
 */
public record DocumentEntities(String documentId, List<Entity> entities, List<Mention> dates, List<ExtractorRun> runs) {

    public DocumentEntities {
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
        runs = List.copyOf(runs);
    }
}
