package org.vigie.corpus.opensearch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.opensearch.internal.ClusterClient.Answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The store's two indices: {@code PREFIX-corpus} (the documents, {@code corpus-index.json}) and
 * {@code PREFIX-corpus-meta}, which holds one document, {@code revision}: the store's id, made
 * when the store is created, and a version OpenSearch increments at every write of it. Both are
 * created at first use, when missing; a red corpus index fails with one line.
 */
final class CorpusIndexes {
    private static final String REVISION = "/_doc/revision";

    private final ClusterClient client;
    private final String corpus;
    private final String meta;
    private final int replicas;
    private volatile String storeId;

    CorpusIndexes(ClusterClient client, String prefix, int replicas) {
        this.client = client;
        this.corpus = prefix + "-corpus";
        this.meta = prefix + "-corpus-meta";
        this.replicas = replicas;
    }

    /** The documents' index, created when missing. */
    String corpus() {
        ensure();
        return corpus;
    }

    /** {@code STOREID:VERSION}: changes with every {@link #advance()}, differs between stores. */
    String revision() {
        return storeId() + ":" + version();
    }

    /** The version of the revision document: it grows by one at every {@link #advance()}, whoever writes. */
    long version() {
        ensure();
        return client.ok(client.get(meta + REVISION), "read the store's revision").path("_version").asLong();
    }

    private String storeId() {
        ensure();
        return storeId;
    }

    /** Makes a new revision; returns its version, unique in the store (a batch number). */
    long advance() {
        ensure();
        ObjectNode body = ClusterClient.JSON.createObjectNode().put("store", storeId);
        return client.ok(client.json("PUT", meta + REVISION, body), "write the store's revision").path("_version").asLong();
    }

    private void ensure() {
        if (storeId != null) {
            return;
        }
        synchronized (this) {
            if (storeId == null) {
                create(corpus, mapping());
                // an index made before copy signatures existed gets the field (adding one is allowed)
                ObjectNode signature = ClusterClient.JSON.createObjectNode();
                signature.putObject("properties").putObject(DocumentSource.COPY_SIGNATURE).put("type", "binary");
                client.ok(client.json("PUT", corpus + "/_mapping", signature), "add copy signatures to " + corpus);
                ObjectNode metaSettings = ClusterClient.JSON.createObjectNode();
                metaSettings.putObject("settings").putObject("index").put("number_of_shards", 1).put("number_of_replicas", replicas);
                metaSettings.putObject("mappings").put("dynamic", false);
                create(meta, metaSettings);
                ObjectNode first = ClusterClient.JSON.createObjectNode().put("store", UUID.randomUUID().toString());
                Answer made = client.json("PUT", meta + REVISION + "?op_type=create&refresh=true", first);
                if (!made.ok() && made.status() != 409) {
                    client.ok(made, "create the store's revision");
                }
                checkHealth();
                storeId = client.ok(client.get(meta + REVISION), "read the store's id").path("_source").path("store").asText();
            }
        }
    }

    private void create(String index, JsonNode body) {
        Answer answer = client.json("PUT", index, body);
        if (!answer.ok() && !answer.body().path("error").path("type").asText().equals("resource_already_exists_exception")) {
            client.ok(answer, "create the index " + index);
        }
    }

    private void checkHealth() {
        Answer answer = client.get("_cluster/health/" + corpus + "?wait_for_status=yellow&timeout=10s");
        // 408: not yellow in time, the body still tells the status
        JsonNode health = answer.status() == 408 ? answer.body() : client.ok(answer, "tell the health of " + corpus);
        if ("red".equals(health.path("status").asText())) {
            throw new CorpusException("the OpenSearch index " + corpus + " at " + client.where()
                    + " is red: " + health.path("unassigned_shards").asInt() + " shards unassigned");
        }
    }

    private ObjectNode mapping() {
        try (InputStream in = CorpusIndexes.class.getResourceAsStream("corpus-index.json")) {
            ObjectNode mapping = (ObjectNode) ClusterClient.JSON.readTree(in);
            ((ObjectNode) mapping.path("settings").path("index")).put("number_of_replicas", replicas);
            return mapping;
        } catch (IOException e) {
            throw new CorpusException("cannot read the corpus index mapping: " + e.getMessage(), e);
        }
    }
}
