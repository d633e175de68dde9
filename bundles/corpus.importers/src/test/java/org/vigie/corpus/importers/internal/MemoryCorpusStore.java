package org.vigie.corpus.importers.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.CorpusStats;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.corpus.api.SearchRequest;
import org.vigie.corpus.api.SearchResult;

/**
 * A corpus store in memory for the corpus importer's tests: every {@link #add} is one commit; it
 * can be told to die on a given commit, as a process killed in the middle of an import would.
 */
class MemoryCorpusStore implements CorpusStore {

    final Map<String, Document> documents = new LinkedHashMap<>();
    final List<Integer> commitSizes = new ArrayList<>();
    private int failOnCommit = -1;

    /** The {@code n}-th commit from now (1 = the next) throws and stores nothing. */
    MemoryCorpusStore failOnCommit(int n) {
        failOnCommit = commitSizes.size() + n;
        return this;
    }

    @Override
    public List<String> add(Collection<Document> batch) {
        if (commitSizes.size() + 1 == failOnCommit) {
            failOnCommit = -1;
            throw new CorpusException("store closed: the process was stopped");
        }
        commitSizes.add(batch.size());
        List<String> added = new ArrayList<>();
        for (Document document : batch) {
            if (documents.putIfAbsent(document.id(), document) == null) {
                added.add(document.id());
            }
        }
        return added;
    }

    @Override
    public boolean contains(String id) {
        return documents.containsKey(id);
    }

    @Override
    public Optional<Document> get(String idOrPrefix) {
        return documents.values().stream().filter(d -> d.id().startsWith(idOrPrefix)).findFirst();
    }

    @Override
    public int remove(Collection<String> ids) {
        int before = documents.size();
        ids.forEach(documents::remove);
        return before - documents.size();
    }

    @Override
    public List<DocumentSummary> list(int offset, int limit) {
        return documents.values().stream().skip(offset).limit(limit).map(Document::summary).toList();
    }

    @Override
    public List<String> ids() {
        return List.copyOf(documents.keySet());
    }

    @Override
    public long count() {
        return documents.size();
    }

    @Override
    public SearchResult search(SearchRequest request) {
        throw new UnsupportedOperationException("the corpus importer never searches");
    }

    @Override
    public CorpusStats stats() {
        throw new UnsupportedOperationException("the corpus importer never asks for statistics");
    }
}
