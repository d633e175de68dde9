package org.vigie.corpus.opensearch.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
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

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The corpus in an OpenSearch cluster, over REST. Active only when configured (PID
 * {@value #PID}); the cluster is first contacted at the first call, so a cluster that is down
 * makes calls fail with one line naming it, not the component.
 */
@Component(service = CorpusStore.class, configurationPid = OpenSearchCorpusStore.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = "vigie.corpus.store=opensearch")
@Designate(ocd = OpenSearchCorpusStore.Config.class)
public class OpenSearchCorpusStore implements CorpusStore {
    static final String PID = "org.vigie.corpus.opensearch";
    private static final Logger LOG = LoggerFactory.getLogger(OpenSearchCorpusStore.class);
    private static final int MIN_PREFIX = 4;
    /** Sequence numbers of one add are its revision version times this, plus the position. */
    private static final long BATCH = 1L << 24;

    @ObjectClassDefinition(name = "Vigie corpus store on OpenSearch", description = "The corpus in an OpenSearch cluster")
    public @interface Config {
        @AttributeDefinition(description = "The cluster's REST address, http(s)://host:port")
        String url();

        @AttributeDefinition(description = "The corpus lives in the indices PREFIX-corpus and PREFIX-corpus-meta")
        String indexPrefix() default "vigie";

        @AttributeDefinition(description = "Basic-auth user (none: no authentication)")
        String user() default "";

        @AttributeDefinition(description = "File holding the basic-auth password on its first line")
        String passwordFile() default "";

        @AttributeDefinition(description = "PKCS12 or JKS trust store for an https cluster with its own CA")
        String trustStore() default "";

        @AttributeDefinition(description = "File holding the trust store's password")
        String trustStorePasswordFile() default "";

        @AttributeDefinition(description = "Connection timeout, in seconds")
        int connectTimeoutSeconds() default 10;

        @AttributeDefinition(description = "Timeout of one request, in seconds")
        int requestTimeoutSeconds() default 120;

        @AttributeDefinition(description = "Most bytes (characters) sent in one _bulk request")
        int bulkMaxBytes() default 5_000_000;

        @AttributeDefinition(description = "Attempts of a request refused for load or unavailability (429, 5xx, refused connection)")
        int retries() default 6;

        @AttributeDefinition(description = "Replicas of each index (0 on a single node)")
        int replicas() default 1;

        @AttributeDefinition(description = "Length of a search hit's snippet, in characters")
        int snippetLength() default 240;
    }

    /** Told of removals after they are acknowledged (the corpus importer tells them of additions). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile List<ComponentServiceObjects<CorpusListener>> listeners = List.of();

    private final ClusterClient client;
    private final CorpusIndexes indexes;
    private final BulkWriter bulk;
    private final SearchRunner search;
    private final ImportOrder order;

    @Activate
    public OpenSearchCorpusStore(Config config) {
        ClusterSettings settings = ClusterSettings.of(config);
        client = new ClusterClient(settings.client(), settings);
        indexes = new CorpusIndexes(client, config.indexPrefix(), config.replicas());
        bulk = new BulkWriter(client, config.bulkMaxBytes(), settings.attempts());
        search = new SearchRunner(client, config.snippetLength());
        order = new ImportOrder(client);
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
        // a revision before (whose version numbers this batch) and after: a crash between leaves a new revision
        List<String> added = bulk.create(indexes.corpus(), documents, indexes.advance() * BATCH);
        if (!added.isEmpty()) {
            indexes.advance();
        }
        return added;
    }

    @Override
    public void check(Document document) {
        DocumentSource.check(document);
    }

    @Override
    public boolean contains(String id) {
        return lookUp(id, "?_source=false").path("found").asBoolean();
    }

    @Override
    public Optional<Document> get(String idOrPrefix) {
        JsonNode found = lookUp(idOrPrefix, "");
        if (found.path("found").asBoolean()) {
            return Optional.of(DocumentSource.document(found.path("_source")));
        }
        return idOrPrefix.length() < MIN_PREFIX ? Optional.empty() : byPrefix(idOrPrefix);
    }

    /** The document's GET answer: found or not (404); any other failure throws. */
    private JsonNode lookUp(String id, String query) {
        ClusterClient.Answer answer = client.get(indexes.corpus() + "/_doc/" + encode(id) + query);
        return answer.status() == 404 && answer.body().has("found") ? answer.body() : client.ok(answer, "read document " + id);
    }

    private Optional<Document> byPrefix(String prefix) {
        var body = ClusterClient.JSON.createObjectNode().put("size", 2).put("track_total_hits", true);
        body.putObject("query").putObject("prefix").put(DocumentSource.ID, prefix);
        JsonNode hits = client.ok(client.json("POST", indexes.corpus() + "/_search", body), "find id prefix " + prefix)
                .path("hits");
        if (hits.path("hits").size() > 1) {
            throw new CorpusException("id prefix '" + prefix + "' is ambiguous: " + hits.path("total").path("value").asLong()
                    + " documents start with it; give more characters");
        }
        return hits.path("hits").isEmpty() ? Optional.empty()
                : Optional.of(DocumentSource.document(hits.path("hits").get(0).path("_source")));
    }

    @Override
    public int remove(Collection<String> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        indexes.advance();
        List<String> removed = bulk.delete(indexes.corpus(), ids);
        if (!removed.isEmpty()) {
            indexes.advance();
            Listeners.tellRemoved(listeners, removed);
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
    public CorpusStats stats() {
        return StatsQuery.run(client, indexes.corpus());
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
