package org.vigie.corpus.api;

import java.util.Map;

/**
 * Counts over the whole corpus.
 *
 * @param documents number of documents
 * @param characters total length of their normalised texts
 * @param bySource documents per outlet ({@code unknown} when none)
 * @param byLanguage documents per language code
 * @param byMonth documents per publication month {@code YYYY-MM} ({@code unknown} when undated)
 */
public record CorpusStats(long documents, long characters, Map<String, Long> bySource,
        Map<String, Long> byLanguage, Map<String, Long> byMonth) {

    public CorpusStats {
        bySource = Map.copyOf(bySource);
        byLanguage = Map.copyOf(byLanguage);
        byMonth = Map.copyOf(byMonth);
    }
}
