package org.vigie.corpus.opensearch.internal;

import java.io.IOException;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.cluster.OpenSearchCluster;

/**
 * The cluster of the OpenSearch store for other bundles (the entity index): the same
 * configuration PID as the store, so it comes and goes with it and carries the same properties.
 */
@Component(service = OpenSearchCluster.class, configurationPid = OpenSearchCorpusStore.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = "vigie.corpus.store=opensearch")
public class ClusterService implements OpenSearchCluster {

    private final ClusterClient client;
    private final StoreConfig config;

    @Activate
    public ClusterService(StoreConfig config) {
        ClusterSettings settings = ClusterSettings.of(config);
        this.client = new ClusterClient(settings.client(), settings);
        this.config = config;
    }

    @Override
    public String where() {
        return client.where();
    }

    @Override
    public String indexPrefix() {
        return config.indexPrefix();
    }

    @Override
    public int replicas() {
        return config.replicas();
    }

    @Override
    public Optional<String> send(String method, String path, String body, String what) {
        ClusterClient.Answer answer;
        if (path.contains("_bulk")) {
            answer = client.ndjson(path, body);
        } else if (body == null && "GET".equals(method)) {
            answer = client.get(path);
        } else {
            answer = request(method, path, body);
        }
        if (answer.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(client.ok(answer, what).toString());
    }

    private ClusterClient.Answer request(String method, String path, String body) {
        try {
            return client.json(method, path, body == null ? ClusterClient.JSON.createObjectNode() : ClusterClient.JSON.readTree(body));
        } catch (IOException e) {
            throw new CorpusException("cannot send a request to " + client.where() + ": " + e.getMessage(), e);
        }
    }
}
