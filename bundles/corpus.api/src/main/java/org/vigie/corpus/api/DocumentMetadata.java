package org.vigie.corpus.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * What is known about a document besides its text. Every field but {@code tags} and
 * {@code language} may be {@code null} when unknown.
 *
 * @param title the headline
 * @param source the outlet (e.g. {@code Nhân Dân}, {@code VNA})
 * @param url the article's address
 * @param published the publication date
 * @param language ISO 639-1 code ({@code fr}, {@code en}, {@code vi}, ...) or
 *     {@link #UNKNOWN_LANGUAGE}
 * @param fileName the imported file's name
 * @param path the imported file's absolute path
 * @param imported when it entered the corpus
 * @param mediaType the media type it was read as ({@code text/plain}, {@code text/html}, ...)
 * @param tags free key/value tags given at import
 */
public record DocumentMetadata(String title, String source, String url, LocalDate published, String language,
        String fileName, String path, Instant imported, String mediaType, Map<String, String> tags) {

    /** The language code of a document whose language could not be told. */
    public static final String UNKNOWN_LANGUAGE = "unknown";

    public DocumentMetadata {
        language = language == null || language.isBlank() ? UNKNOWN_LANGUAGE : language;
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }
}
