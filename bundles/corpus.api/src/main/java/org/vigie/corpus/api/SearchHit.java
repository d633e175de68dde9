package org.vigie.corpus.api;

/**
 * One search hit.
 *
 * @param document the document found
 * @param score its relevance score
 * @param snippet the best passage with the matched terms marked {@code [[like this]]}
 */
public record SearchHit(DocumentSummary document, float score, String snippet) {
}
