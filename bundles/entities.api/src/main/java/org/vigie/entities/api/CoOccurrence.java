package org.vigie.entities.api;

/**
 * Two entities mentioned in the same sentences.
 *
 * @param first one entity
 * @param second the other
 * @param sentences in how many sentences both appear
 */
public record CoOccurrence(Entity first, Entity second, int sentences) {
}
