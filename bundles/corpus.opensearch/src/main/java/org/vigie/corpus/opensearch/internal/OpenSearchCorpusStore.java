package org.vigie.corpus.opensearch.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.CorpusListener;
import org.vigie.corpus.api.CorpusStats;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.corpus.api.SearchRequest;
import org.vigie.corpus.api.SearchResult;
import org.vigie.corpus.api.copies.CopyCluster;
import org.vigie.corpus.api.copies.CorpusCopies;
import org.vigie.lucene.copies.CopySignature;
import org.vigie.lucene.store.CorpusListeners;

/**
 * The corpus in an OpenSearch cluster, over REST, and its syndicated copies ({@link OpenSearchCopies}). Active only when configured (PID
 * {@value #PID}); the cluster is first contacted at the first call, so a cluster that is down
 * makes calls fail with one line naming it, not the component.
 */
@Component(service = {CorpusStore.class, CorpusCopies.class}, configurationPid = OpenSearchCorpusStore.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = "vigie.corpus.store=opensearch")
@Designate(ocd = StoreConfig.class)
public class OpenSearchCorpusStore implements CorpusStore, CorpusCopies {
    static final String PID = "org.vigie.corpus.opensearch";
    private static final Logger LOG = LoggerFactory.getLogger(OpenSearchCorpusStore.class);
    /** Sequence numbers of one add are its revision version times this, plus the position. */
    private static final long BATCH = 1L << 24;

    /** Told of removals after they are acknowledged (the corpus importer tells them of additions). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile List<ComponentServiceObjects<CorpusListener>> listeners = List.of();

    private final ClusterClient client;
    private final CorpusIndexes indexes;
    private final BulkWriter bulk;
    private final SearchRunner search;
    private final ImportOrder order;
    private final DocumentLookup lookup;
    private final OpenSearchCopies copies;

    @Activate
    public OpenSearchCorpusStore(StoreConfig config) {
        ClusterSettings settings = ClusterSettings.of(config);
        client = new ClusterClient(settings.client(), settings);
        indexes = new CorpusIndexes(client, config.indexPrefix(), config.replicas());
        bulk = new BulkWriter(client, config.bulkMaxBytes(), config.bulkInFlight(), settings.attempts());
        search = new SearchRunner(client, config.snippetLength());
        order = new ImportOrder(client);
        lookup = new DocumentLookup(client);
        copies = new OpenSearchCopies(indexes, order, lookup, config.copyThreshold());
        LOG.info("corpus store on {}, indices {}-corpus*", settings, config.indexPrefix());
    }

    @Override
    public List<String> add(Collection<Document> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        if (documents.size() >= BATCH) {
            throw new CorpusException("cannot add " + documents.size() + " documents at once: give at most " + (BATCH - 1));
        }
        Map<String, CopySignature> signatures = CopySignature.sign(documents);
        // a revision before (whose version numbers this batch) and after: a crash between leaves a new revision
        long before = indexes.advance();
        List<String> added = bulk.create(indexes.corpus(), documents, signatures, before * BATCH);
        long after = added.isEmpty() ? before : indexes.advance();
        copies.changed(before, after, added, signatures, List.of());
        return added;
    }

    @Override
    public void check(Document document) {
        DocumentSource.check(document);
    }

    @Override
    public boolean contains(String id) {
        return lookup.contains(indexes.corpus(), id);
    }

    @Override
    public Set<String> stored(Collection<String> ids) {
        return lookup.stored(indexes.corpus(), ids);
    }

    @Override
    public Optional<Document> get(String idOrPrefix) {
        return lookup.get(indexes.corpus(), idOrPrefix);
    }

    @Override
    public List<Document> getAll(List<String> ids) {
        return lookup.getAll(indexes.corpus(), ids);
    }

    @Override
    public int remove(Collection<String> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        long before = indexes.advance();
        List<String> removed = bulk.delete(indexes.corpus(), ids);
        long after = removed.isEmpty() ? before : indexes.advance();
        copies.changed(before, after, List.of(), Map.of(), removed);
        if (!removed.isEmpty()) {
            CorpusListeners.tellRemoved(listeners, removed);
        }
        return removed.size();
    }

    @Override
    public String revision() {
        return indexes.revision();
    }

    @Override
    public List<DocumentSummary> list(int offset, int limit) {
        return order.sources(indexes.corpus(), offset, limit).stream().map(DocumentSource::summary).toList();
    }

    @Override
    public List<String> ids() {
        return order.ids(indexes.corpus());
    }

    @Override
    public long count() {
        return client.ok(client.get(indexes.corpus() + "/_count"), "count the documents").path("count").asLong();
    }

    @Override
    public SearchResult search(SearchRequest request) {
        return search.run(indexes.corpus(), request);
    }

    @Override
    public List<CopyCluster> clusters() {
        return copies.clusters();
    }

    @Override
    public Optional<CopyCluster> clusterOf(String id) {
        return copies.clusterOf(id);
    }

    @Override
    public double threshold() {
        return copies.threshold();
    }

    @Override
    public CorpusStats stats() {
        return StatsQuery.run(client, indexes.corpus());
    }
}
