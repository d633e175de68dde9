package org.vigie.entities.core.internal.query;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.vigie.entities.api.Span;

/**
 * The texts of the documents whose mentions one query shows, read from the corpus store once per
 * document and query: the index keeps sentence spans, not a second copy of the corpus.
 */
final class DocumentTexts {

    private final Function<String, Optional<String>> corpus;
    private final Map<String, Optional<String>> read = new HashMap<>();

    /** {@code corpus}: a document's text by id, empty when the corpus no longer holds it. */
    DocumentTexts(Function<String, Optional<String>> corpus) {
        this.corpus = corpus;
    }

    /** The text of {@code span} in a document, or empty when the document is gone or shorter. */
    Optional<String> cut(String documentId, Span span) {
        return read.computeIfAbsent(documentId, corpus)
                .filter(text -> span.end() <= text.length())
                .map(span::of);
    }
}
