package org.vigie.corpus.api;

import java.util.Map;

/**
 * Options of one import.
 *
 * @param source the outlet to record when the file names none, or {@code null}
 * @param language a language code that overrides detection, or {@code null}
 * @param tags tags added to every document
 */
public record ImportOptions(String source, String language, Map<String, String> tags) {

    public static final ImportOptions DEFAULT = new ImportOptions(null, null, Map.of());

    public ImportOptions {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }
}
