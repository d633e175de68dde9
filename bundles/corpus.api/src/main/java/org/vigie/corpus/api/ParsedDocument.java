package org.vigie.corpus.api;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What an importer reads from a file: the text and whatever metadata the file itself carries.
 * The corpus importer adds provenance, language, id and import time.
 *
 * @param text the clean text for extraction, NFC
 * @param rawText the whole text as read, or {@code null} when it is {@code text}
 * @param title the headline, or {@code null}
 * @param source the outlet, or {@code null}
 * @param url the article's address, or {@code null}
 * @param published the publication date, or {@code null}
 * @param language a language the file declares, or {@code null}
 * @param mediaType the media type it was read as
 * @param tags tags the file carries
 * @param stored the whole metadata of a document restored from a {@code corpus:export} backup, kept
 *        as it was (language, file name, path, import time, tags) instead of new provenance; the id
 *        stays the hash of {@code text}, which must then be the stored text exactly; else {@code null}
 */
public record ParsedDocument(String text, String rawText, String title, String source, String url,
        LocalDate published, String language, String mediaType, Map<String, String> tags,
        DocumentMetadata stored) {

    /** A document read from a file, with no stored metadata to restore. */
    public ParsedDocument(String text, String rawText, String title, String source, String url,
            LocalDate published, String language, String mediaType, Map<String, String> tags) {
        this(text, rawText, title, source, url, published, language, mediaType, tags, null);
    }

    public ParsedDocument {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mediaType, "mediaType");
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }
}
