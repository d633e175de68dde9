package org.vigie.entities.core.internal.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vigie.entities.core.internal.layout.IndexFields;
import org.vigie.entities.core.internal.resolution.NameChoice;

/**
 * The corpus-wide canonical name of every entity that documents spell in more than one way
 * ({@link NameChoice} over each document's spelling, weighted by documents), read once per index
 * version from the {@code name} doc values so that one document's entities carry the same name
 * as the corpus listing.
 */
final class CorpusNames {

    private final Map<String, String> names;

    private CorpusNames(Map<String, String> names) {
        this.names = names;
    }

    static CorpusNames read(IndexReading reading) {
        Map<String, Map<String, Integer>> spellings = reading.tallies().spellings(
                IndexQueries.of(IndexFields.ENTITY, List.of()));
        Map<String, String> names = new HashMap<>();
        spellings.forEach((key, counts) -> {
            if (counts.size() > 1) {
                names.put(key, NameChoice.of(key, counts));
            }
        });
        return new CorpusNames(names);
    }

    /** The canonical name of an entity one document spells {@code documentName}. */
    String of(String entityKey, String documentName) {
        return names.getOrDefault(entityKey, documentName);
    }
}
