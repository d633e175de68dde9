package org.vigie.web.internal.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.vigie.corpus.api.CorpusStats;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.corpus.api.SearchHit;
import org.vigie.corpus.api.SearchRequest;
import org.vigie.corpus.api.SearchResult;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;

/**
 * Facets of a result set: documents per source, language and month, entities per type and the
 * most mentioned entities. For a query they are counted over its first {@link #SAMPLE} hits
 * ({@code sampled} says so when there are more); for the whole corpus from {@link CorpusStats}.
 */
public final class Facets {

    /** The most hits facets are counted over. */
    static final int SAMPLE = 1_000;
    /** How many entities the top entities list holds. */
    static final int TOP = 12;
    /** How many of the result set's entities the per-type counts look at. */
    static final int TYPED = 200;

    /** One entity of the top list, with a link key. */
    public record TopEntity(String key, String name, String type, int mentions, int documents) {
    }

    /** The facets, each map most frequent first (months in calendar order). */
    public record Counts(long counted, boolean sampled, Map<String, Long> source, Map<String, Long> language,
            Map<String, Long> month, Map<String, Long> entityType, List<TopEntity> entities) {
    }

    private final CorpusStore store;
    private final EntityIndex index;

    Facets(CorpusStore store, EntityIndex index) {
        this.store = store;
        this.index = index;
    }

    Counts ofCorpus() {
        CorpusStats stats = store.stats();
        return withEntities(stats.documents(), false, stats.bySource(), stats.byLanguage(), stats.byMonth(), List.of());
    }

    Counts ofQuery(String query) {
        SearchResult result = store.search(new SearchRequest(query, 0, SAMPLE));
        List<SearchHit> hits = result.hits();
        Map<String, Long> source = new LinkedHashMap<>();
        Map<String, Long> language = new LinkedHashMap<>();
        Map<String, Long> month = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(hits.size());
        for (SearchHit hit : hits) {
            DocumentSummary document = hit.document();
            DocumentMetadata meta = document.metadata();
            ids.add(document.id());
            source.merge(meta.source() == null ? "unknown" : meta.source(), 1L, Long::sum);
            language.merge(meta.language(), 1L, Long::sum);
            month.merge(meta.published() == null ? "unknown" : meta.published().toString().substring(0, 7), 1L, Long::sum);
        }
        if (ids.isEmpty()) {
            return new Counts(0, false, Map.of(), Map.of(), Map.of(), Map.of(), List.of());
        }
        return withEntities(ids.size(), result.totalHits() > ids.size(), source, language, month, ids);
    }

    private Counts withEntities(long counted, boolean sampled, Map<String, Long> source, Map<String, Long> language,
            Map<String, Long> month, List<String> ids) {
        List<Entity> entities = index.entities(List.of(), ids, TYPED);
        Map<String, Long> types = new LinkedHashMap<>();
        entities.forEach(e -> types.merge(e.type().name(), 1L, Long::sum));
        List<TopEntity> top = entities.stream().limit(TOP)
                .map(e -> new TopEntity(e.key(), e.name(), e.type().name(), e.mentions(), e.documents())).toList();
        return new Counts(counted, sampled, byCount(source), byCount(language), new TreeMap<>(month), byCount(types), top);
    }

    private static Map<String, Long> byCount(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
