package org.vigie.report.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.vigie.corpus.api.DocumentSummary;

/**
 * The documents a briefing is about, in a stable order (publication date, undated last, then
 * title, then id).
 *
 * @param documents the selected documents
 * @param scope how they were chosen, in words ("requête « Interpol », du 2024-01-01 au ...")
 * @param wholeCorpus whether every stored document is selected (entity queries can then be
 *     asked for the whole corpus, which is cheaper)
 */
public record Selection(List<DocumentSummary> documents, String scope, boolean wholeCorpus) {

    public Selection {
        documents = List.copyOf(documents);
    }

    /** The ids of the documents. */
    public List<String> ids() {
        return documents.stream().map(DocumentSummary::id).toList();
    }

    /**
     * The document ids to pass to {@code EntityIndex} queries: empty when the whole corpus is
     * selected (the index's "everything"), the ids otherwise.
     */
    public Collection<String> indexScope() {
        return wholeCorpus ? List.of() : ids();
    }

    /** A selected document by id. */
    public Optional<DocumentSummary> document(String id) {
        return Optional.ofNullable(byId().get(id));
    }

    /** The selected documents by id. */
    public Map<String, DocumentSummary> byId() {
        return documents.stream().collect(Collectors.toUnmodifiableMap(DocumentSummary::id, Function.identity()));
    }

    /** How many documents. */
    public int size() {
        return documents.size();
    }
}
