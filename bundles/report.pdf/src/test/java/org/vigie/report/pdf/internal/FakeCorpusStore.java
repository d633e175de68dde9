package org.vigie.report.pdf.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vigie.corpus.api.CorpusStats;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.corpus.api.SearchHit;
import org.vigie.corpus.api.SearchRequest;
import org.vigie.corpus.api.SearchResult;
import org.vigie.entities.api.NameKey;

/** An in-memory corpus store; its search matches documents containing every query word (folded). */
final class FakeCorpusStore implements CorpusStore {

    private final Map<String, Document> documents = new LinkedHashMap<>();

    FakeCorpusStore(Collection<Document> documents) {
        add(documents);
    }

    @Override
    public List<String> add(Collection<Document> added) {
        List<String> ids = new ArrayList<>();
        for (Document d : added) {
            if (documents.putIfAbsent(d.id(), d) == null) {
                ids.add(d.id());
            }
        }
        return ids;
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
        List<String> words = Arrays.stream(NameKey.fold(request.query()).split(" ")).filter(w -> !w.isBlank()).toList();
        List<SearchHit> hits = documents.values().stream()
                .filter(d -> words.stream().allMatch(NameKey.fold(d.metadata().title() + " " + d.text())::contains))
                .map(d -> new SearchHit(d.summary(), 1f, "")).toList();
        return new SearchResult(hits.size(), hits.stream().skip(request.offset()).limit(request.limit()).toList());
    }

    @Override
    public CorpusStats stats() {
        return new CorpusStats(documents.size(), 0, Map.of(), Map.of(), Map.of());
    }
}
