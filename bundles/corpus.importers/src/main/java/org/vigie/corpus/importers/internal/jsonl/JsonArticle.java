package org.vigie.corpus.importers.internal.jsonl;

import java.text.Normalizer;

import org.vigie.corpus.api.ImportException;
import org.vigie.corpus.api.ParsedDocument;
import org.vigie.corpus.importers.internal.news.NewsDates;
import org.vigie.corpus.importers.internal.text.Blank;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One line of a JSON Lines file as a document: {@code text} required, {@code title},
 * {@code source}, {@code url}, {@code published} and {@code lang} read when they are strings;
 * text NFC, line ends LF.
 */
final class JsonArticle {

    private JsonArticle() {
    }

    /** The document of one line's JSON object. */
    static ParsedDocument document(JsonNode node) {
        if (!node.isObject()) {
            throw new ImportException("not a JSON object");
        }
        if (JsonBackup.isBackup(node)) {
            return JsonBackup.document(node);
        }
        String text = string(node, "text");
        if (Blank.isBlank(text)) {
            throw new ImportException("no \"text\"");
        }
        String published = string(node, "published");
        return new ParsedDocument(nfc(text).replace("\r\n", "\n").strip(), null, nfc(string(node, "title")),
                nfc(string(node, "source")), string(node, "url"),
                published == null ? null
                        : NewsDates.fromIso(published).or(() -> NewsDates.find(published)).orElse(null),
                string(node, "lang"), JsonLinesImporter.MEDIA_TYPE, null);
    }

    static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ImportException("\"" + field + "\" is not a string");
        }
        return value.asText();
    }

    private static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
