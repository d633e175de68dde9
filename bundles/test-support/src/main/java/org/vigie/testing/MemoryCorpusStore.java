package org.vigie.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.CorpusStats;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.corpus.api.SearchHit;
import org.vigie.corpus.api.SearchRequest;
import org.vigie.corpus.api.SearchResult;
import org.vigie.entities.api.NameKey;

/**
 * A corpus store in memory, in insertion order, for unit tests. Every {@link #add} is one commit
 * whose size is recorded ({@link #commitSizes()}), and a commit can be made to fail the way a
 * process killed in the middle of an import would ({@link #failOnCommit(int)}). Its search is
 * simpler than the Lucene store's: a document matches when its folded title and text contain
 * every folded query word; hits keep insertion order, score 1 and no snippet.
 * <p>
 * Methods are synchronized (the entity pipeline reads documents from two threads) and not final,
 * so a benchmark can serve generated documents by overriding {@link #ids()} and {@link #get}.
 * Over 150 lines and whole because it implements the whole {@link CorpusStore} contract.
 */
public class MemoryCorpusStore implements CorpusStore {

    /** The prefix length below which {@link #get} only takes full ids, as the Lucene store. */
    public static final int MIN_PREFIX = 4;

    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final List<Integer> commitSizes = new ArrayList<>();
    private int failingCommit = -1;
    private long revision;

    /** A store already holding {@code stored} (not counted as commits), like a reopened workspace. */
    public MemoryCorpusStore(Document... stored) {
        this(Arrays.asList(stored));
    }

    /** A store already holding {@code stored} (not counted as commits), like a reopened workspace. */
    public MemoryCorpusStore(Collection<Document> stored) {
        stored.forEach(d -> documents.putIfAbsent(d.id(), d));
    }

    /** Makes the {@code n}-th commit from now (1 = the next) throw and store nothing; returns this store. */
    public synchronized MemoryCorpusStore failOnCommit(int n) {
        failingCommit = commitSizes.size() + n;
        return this;
    }

    /** The number of documents given to each {@link #add} so far (failed commits excluded), in order. */
    public synchronized List<Integer> commitSizes() {
        return List.copyOf(commitSizes);
    }

    /** Every stored document, in insertion order (a copy). */
    public synchronized List<Document> documents() {
        return List.copyOf(documents.values());
    }

    @Override
    public synchronized List<String> add(Collection<Document> batch) {
        if (commitSizes.size() + 1 == failingCommit) {
            failingCommit = -1;
            throw new CorpusException("store closed: the process was stopped");
        }
        commitSizes.add(batch.size());
        revision++;
        List<String> added = new ArrayList<>();
        for (Document document : batch) {
            if (documents.putIfAbsent(document.id(), document) == null) {
                added.add(document.id());
            }
        }
        return added;
    }

    @Override
    public synchronized boolean contains(String id) {
        return documents.containsKey(id);
    }

    /** By full id, else by a prefix of at least {@link #MIN_PREFIX} characters that only one id starts with. */
    @Override
    public synchronized Optional<Document> get(String idOrPrefix) {
        Document exact = documents.get(idOrPrefix);
        if (exact != null || idOrPrefix.length() < MIN_PREFIX) {
            return Optional.ofNullable(exact);
        }
        List<Document> found = documents.values().stream().filter(d -> d.id().startsWith(idOrPrefix)).limit(2).toList();
        if (found.size() > 1) {
            throw new CorpusException("id prefix '" + idOrPrefix + "' is ambiguous: several documents start with it;"
                    + " give more characters");
        }
        return found.stream().findFirst();
    }

    @Override
    public synchronized int remove(Collection<String> ids) {
        int before = documents.size();
        documents.keySet().removeAll(ids);
        revision++;
        return before - documents.size();
    }

    /** {@code memory:N}, N counting the changes made since this store was created. */
    @Override
    public synchronized String revision() {
        return "memory:" + revision;
    }

    @Override
    public synchronized List<DocumentSummary> list(int offset, int limit) {
        return documents.values().stream().skip(offset).limit(limit).map(Document::summary).toList();
    }

    @Override
    public synchronized List<String> ids() {
        return List.copyOf(documents.keySet());
    }

    @Override
    public synchronized long count() {
        return documents.size();
    }

    @Override
    public synchronized SearchResult search(SearchRequest request) {
        List<String> words = Arrays.stream(NameKey.fold(request.query()).split(" ")).filter(w -> !w.isBlank()).toList();
        List<SearchHit> hits = documents.values().stream()
                .filter(d -> words.stream().allMatch(NameKey.fold(d.metadata().title() + " " + d.text())::contains))
                .map(d -> new SearchHit(d.summary(), 1f, "")).toList();
        return new SearchResult(hits.size(), hits.stream().skip(request.offset()).limit(request.limit()).toList());
    }

    /** Counts as the Lucene store makes them: {@code unknown} for a missing source or date. */
    @Override
    public synchronized CorpusStats stats() {
        long characters = documents.values().stream().mapToLong(d -> d.text().length()).sum();
        return new CorpusStats(documents.size(), characters, countBy(m -> orUnknown(m.source())),
                countBy(DocumentMetadata::language),
                countBy(m -> m.published() == null ? "unknown" : m.published().toString().substring(0, 7)));
    }

    private Map<String, Long> countBy(Function<DocumentMetadata, String> key) {
        Map<String, Long> counts = new TreeMap<>();
        documents.values().forEach(d -> counts.merge(key.apply(d.metadata()), 1L, Long::sum));
        return counts;
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? "unknown" : value;
    }
}
