package org.vigie.corpus.api.cluster;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * REST access to the OpenSearch cluster that holds the corpus, with the store's addresses,
 * credentials, trust, retries and failover. Bodies are JSON text (NDJSON for {@code _bulk}), so this
 * API needs no JSON library.
 */
@ProviderType
public interface OpenSearchCluster {

    /** The cluster as messages name it: a node's address, never a credential. */
    String where();

    /** The prefix of the corpus's indices; another bundle names its own {@code PREFIX-NAME}. */
    String indexPrefix();

    /** The replicas each index should have (0 on a single node). */
    int replicas();

    /**
     * Sends one request (retried on 429, 502-504 and refused connections, with backoff).
     *
     * @param method HTTP method
     * @param path path and query, relative to the cluster's address (e.g. {@code vigie-entities/_doc/ID})
     * @param body JSON, NDJSON when the path is a {@code _bulk}, or {@code null}
     * @param what what the request does, for the error line ({@code "store the entities of ID"})
     * @return the body of a 2xx answer; empty on 404
     * @throws org.vigie.corpus.api.CorpusException in one line naming the cluster and {@code what}
     *         when the cluster refuses or cannot be reached
     */
    Optional<String> send(String method, String path, String body, String what);
}
