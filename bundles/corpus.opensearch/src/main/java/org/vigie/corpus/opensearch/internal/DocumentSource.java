package org.vigie.corpus.opensearch.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.lucene.copies.CopySignature;
import org.vigie.lucene.news.NewsFields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How a document is laid out in the index ({@code corpus-index.json}): the query language's
 * fields under their own names, {@code seq} for import order, {@code stat_*} for the counts,
 * {@code tag.KEY} searchable and {@code tags} as given, {@code raw} only when it differs,
 * {@code copy_signature} (not indexed) for the syndicated copies.
 */
final class DocumentSource {
    static final String ID = "id", SEQ = "seq", RAW = "raw", LENGTH = "length", TAGS = "tags",
            STAT_SOURCE = "stat_source", STAT_LANG = "stat_lang", STAT_MONTH = "stat_month",
            COPY_SIGNATURE = "copy_signature";
    /** Lucene's limit on one indexed term, which a keyword value must keep to. */
    private static final int MAX_TERM_BYTES = 32_766;
    private static final String UNKNOWN = "unknown";

    private DocumentSource() {
    }

    /** The document's source with its syndicated-copy signature (base64; null: too short to sign). */
    static ObjectNode of(Document document, long seq, CopySignature signature) {
        ObjectNode source = of(document, seq);
        if (signature != null) {
            source.put(COPY_SIGNATURE, signature.bytes());
        }
        return source;
    }

    /** A stored copy signature read back; one line naming the document when it is damaged. */
    static CopySignature signature(String id, JsonNode stored) {
        try {
            byte[] bytes = stored.binaryValue();
            return CopySignature.read(bytes, 0, bytes.length);
        } catch (java.io.IOException | RuntimeException e) {
            throw new CorpusException("the copy signature of document " + id + " is damaged: " + e.getMessage(), e);
        }
    }

    static ObjectNode of(Document document, long seq) {
        DocumentMetadata meta = document.metadata();
        ObjectNode source = ClusterClient.JSON.createObjectNode();
        source.put(ID, document.id()).put(SEQ, seq);
        source.put(NewsFields.TITLE, meta.title()).put(NewsFields.SOURCE, meta.source()).put(NewsFields.URL, meta.url());
        source.put(NewsFields.PUBLISHED, meta.published() == null ? null : meta.published().toString());
        source.put(NewsFields.LANG, meta.language()).put(NewsFields.FILE, meta.fileName()).put("path", meta.path());
        source.put("imported", meta.imported() == null ? null : meta.imported().toString());
        source.put("mediaType", meta.mediaType()).put(LENGTH, document.text().length());
        ObjectNode tags = source.putObject(TAGS);
        ObjectNode searchable = source.putObject("tag");
        new TreeMap<>(meta.tags()).forEach((key, value) -> {
            tags.put(key, value);
            searchable.put(key, value);
        });
        source.put(STAT_SOURCE, meta.source() == null || meta.source().isBlank() ? UNKNOWN : meta.source());
        source.put(STAT_LANG, meta.language());
        source.put(STAT_MONTH, meta.published() == null ? UNKNOWN : meta.published().toString().substring(0, 7));
        source.put(NewsFields.TEXT, document.text());
        if (!document.rawText().equals(document.text())) {
            source.put(RAW, document.rawText());
        }
        return source;
    }

    static Document document(JsonNode source) {
        JsonNode raw = source.get(RAW);
        return new Document(source.path(ID).asText(), source.path(NewsFields.TEXT).asText(),
                raw == null || raw.isNull() ? null : raw.asText(), metadata(source));
    }

    static DocumentSummary summary(JsonNode source) {
        return new DocumentSummary(source.path(ID).asText(), metadata(source), source.path(LENGTH).asInt());
    }

    /** Names a keyword value OpenSearch would refuse (over 32 766 bytes), as the embedded store does. */
    static void check(Document document) {
        DocumentMetadata meta = document.metadata();
        limit("url", meta.url());
        limit("source", meta.source());
        limit("lang", meta.language());
        limit("file", meta.fileName());
        meta.tags().forEach((key, value) -> limit("tag " + key, value));
    }

    private static void limit(String name, String value) {
        int bytes = value == null ? 0 : value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_TERM_BYTES) {
            throw new CorpusException(String.format(Locale.ROOT, "its %s is too long to be indexed: %,d bytes, "
                    + "the limit is %,d", name, bytes, MAX_TERM_BYTES));
        }
    }

    private static DocumentMetadata metadata(JsonNode source) {
        Map<String, String> tags = new TreeMap<>();
        source.path(TAGS).fields().forEachRemaining(tag -> tags.put(tag.getKey(), tag.getValue().asText()));
        String published = text(source, NewsFields.PUBLISHED);
        String imported = text(source, "imported");
        return new DocumentMetadata(text(source, NewsFields.TITLE), text(source, NewsFields.SOURCE),
                text(source, NewsFields.URL), published == null ? null : LocalDate.parse(published),
                text(source, NewsFields.LANG), text(source, NewsFields.FILE), text(source, "path"),
                imported == null ? null : Instant.parse(imported), text(source, "mediaType"), tags);
    }

    private static String text(JsonNode source, String field) {
        JsonNode value = source.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
