package org.vigie.entities.core.internal.query;

import static org.vigie.entities.core.internal.layout.IndexFields.DATA;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.util.BytesRef;
import org.vigie.entities.core.internal.layout.EntityJson;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the JSON an index document stores in its {@code data} field. */
final class StoredJson {

    private final ObjectMapper json;

    StoredJson(ObjectMapper json) {
        this.json = json;
    }

    /** The name, aliases, roles and affiliations of an entity document, its mentions left unread. */
    EntityJson.Naming naming(org.apache.lucene.document.Document doc) {
        BytesRef utf8 = storedJson(doc);
        return new EntityJson(json.getFactory()).naming(utf8.bytes, utf8.offset, utf8.length);
    }

    <T> T data(org.apache.lucene.document.Document doc, Class<T> type) {
        try {
            BytesRef utf8 = storedJson(doc);
            return json.readValue(utf8.bytes, utf8.offset, utf8.length, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable entry in the entity index", e);
        }
    }

    /** Whether a document's stored JSON holds this string value (quoted): none of its fields can equal it otherwise. */
    boolean holds(org.apache.lucene.document.Document doc, String value) {
        byte[] quoted = ('"' + value + '"').getBytes(java.nio.charset.StandardCharsets.UTF_8);
        BytesRef utf8 = storedJson(doc);
        int last = utf8.offset + utf8.length - quoted.length;
        for (int i = utf8.offset; i <= last; i++) {
            if (java.util.Arrays.equals(utf8.bytes, i, i + quoted.length, quoted, 0, quoted.length)) {
                return true;
            }
        }
        return false;
    }

    /** A document's stored data as UTF-8 JSON: bytes, or a string in results stored by earlier versions. */
    private static BytesRef storedJson(org.apache.lucene.document.Document doc) {
        BytesRef bytes = doc.getBinaryValue(DATA);
        return bytes != null ? bytes : new BytesRef(doc.get(DATA));
    }
}
