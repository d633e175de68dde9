package org.vigie.corpus.importers.internal.jsonl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.ImportException;
import org.vigie.corpus.api.ParsedDocument;
import org.vigie.corpus.importers.internal.Provenance;

/**
 * A line written by {@code corpus:export}: it carries the document's {@code id}, so it is restored
 * as it was stored. The text is taken exactly as written (no normalisation, which could change it)
 * and must hash to the id: a line whose id does not match is refused rather than stored under an id
 * the store would never derive, so a backup cannot plant a document under another document's id.
 * Every stored field comes back: raw text, language, file name, path, import time, media type, tags.
 */
final class JsonBackup {

    private JsonBackup() {
    }

    static boolean isBackup(JsonNode node) {
        return node.isObject() && node.has("id");
    }

    static ParsedDocument document(JsonNode node) {
        String id = JsonArticle.string(node, "id");
        String text = JsonArticle.string(node, "text");
        if (id == null || text == null || text.isEmpty()) {
            throw new ImportException("no \"text\" for \"id\" " + id);
        }
        if (!id.equals(Provenance.id(text))) {
            throw new ImportException("\"id\" " + id + " is not the SHA-256 of its \"text\" (edited backup?)");
        }
        String mediaType = JsonArticle.string(node, "mediaType");
        DocumentMetadata stored = new DocumentMetadata(JsonArticle.string(node, "title"),
                JsonArticle.string(node, "source"), JsonArticle.string(node, "url"), date(node),
                JsonArticle.string(node, "lang"), JsonArticle.string(node, "fileName"), JsonArticle.string(node, "path"),
                instant(node), mediaType, tags(node));
        return new ParsedDocument(text, JsonArticle.string(node, "rawText"), stored.title(), stored.source(),
                stored.url(), stored.published(), stored.language(),
                mediaType == null ? JsonLinesImporter.MEDIA_TYPE : mediaType, stored.tags(), stored);
    }

    private static LocalDate date(JsonNode node) {
        String published = JsonArticle.string(node, "published");
        try {
            return published == null ? null : LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            throw new ImportException("\"published\" is not a date yyyy-mm-dd: " + published, e);
        }
    }

    private static Instant instant(JsonNode node) {
        String imported = JsonArticle.string(node, "imported");
        try {
            return imported == null ? null : Instant.parse(imported);
        } catch (DateTimeParseException e) {
            throw new ImportException("\"imported\" is not an ISO instant: " + imported, e);
        }
    }

    private static Map<String, String> tags(JsonNode node) {
        JsonNode tags = node.get("tags");
        Map<String, String> map = new LinkedHashMap<>();
        if (tags == null || tags.isNull()) {
            return map;
        }
        if (!tags.isObject()) {
            throw new ImportException("\"tags\" is not an object");
        }
        tags.fields().forEachRemaining(e -> {
            if (!e.getValue().isTextual()) {
                throw new ImportException("tag \"" + e.getKey() + "\" is not a string");
            }
            map.put(e.getKey(), e.getValue().asText());
        });
        return map;
    }
}
