package org.vigie.ioc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.entities.api.Annotation;

/** Test documents and what the extractor makes of them. */
final class Texts {

    private Texts() {
    }

    static Document document(String text) {
        var metadata = new DocumentMetadata(null, null, null, null, "fr", null, null, null, "text/plain", Map.of());
        return new Document(Integer.toHexString(text.hashCode()), text, null, metadata);
    }

    static List<Annotation> extract(String text) {
        return new IocExtractor().extract(document(text));
    }

    /** "kind value" of each annotation, in text order. */
    static List<String> found(String text) {
        return extract(text).stream().map(a -> a.feature(IocExtractor.KIND) + " " + a.value()).toList();
    }

    static String resource(String name) {
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
