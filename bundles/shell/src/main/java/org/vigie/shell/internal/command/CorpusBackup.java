package org.vigie.shell.internal.command;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;

/**
 * One document as a {@code corpus:export} line, the JSON Lines {@code corpus:import} restores: the
 * {@code id} (which the importer checks against the text's hash), the text exactly as stored, the raw
 * text when it differs, and every stored metadata field. {@code title}, {@code source}, {@code url},
 * {@code published}, {@code lang} and {@code text} keep the names any JSON Lines import reads. One
 * object per line, tags sorted by key: the JSON escapes newlines and control characters, non-ASCII is written as UTF-8.
 */
final class CorpusBackup {
    private final ObjectMapper mapper = new ObjectMapper();
    private final Writer out;

    CorpusBackup(Writer out) {
        this.out = out;
        mapper.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** Writes the document's line. */
    void write(Document document) throws IOException {
        mapper.writeValue(out, fields(document));
        out.write('\n');
    }

    static Map<String, Object> fields(Document document) {
        DocumentMetadata meta = document.metadata();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", document.id());
        fields.put("title", meta.title());
        fields.put("source", meta.source());
        fields.put("url", meta.url());
        fields.put("published", meta.published() == null ? null : meta.published().toString());
        fields.put("lang", meta.language());
        fields.put("fileName", meta.fileName());
        fields.put("path", meta.path());
        fields.put("imported", meta.imported() == null ? null : meta.imported().toString());
        fields.put("mediaType", meta.mediaType());
        fields.put("tags", new TreeMap<>(meta.tags())); // sorted: the same document, the same bytes
        fields.values().removeIf(v -> v == null);
        fields.put("text", document.text());
        if (!document.rawText().equals(document.text())) {
            fields.put("rawText", document.rawText());
        }
        return fields;
    }
}
