package org.vigie.corpus.opensearch.internal;

import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.UUID;

import org.vigie.testing.opensearch.OpenSearchNode;

/** Opens stores the way DS does, on the test node, each under an index prefix of its own. */
final class TestStores {

    private TestStores() {
    }

    /** A prefix no other store of this run or an earlier one uses. */
    static String newPrefix() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static OpenSearchCorpusStore open(OpenSearchNode node, String prefix) {
        return open(node.url(), prefix);
    }

    static OpenSearchCorpusStore open(URI url, String prefix) {
        return new OpenSearchCorpusStore(config(url, prefix, 6));
    }

    /** Removes a store's indices from the node. */
    static void delete(OpenSearchNode node, String prefix) {
        ClusterSettings settings = ClusterSettings.of(config(node.url(), prefix, 1));
        ClusterClient client = new ClusterClient(settings.client(), settings);
        client.json("DELETE", prefix + "-corpus*", ClusterClient.JSON.createObjectNode());
    }

    static StoreConfig config(URI url, String prefix, int retries) {
        return config(url.toString(), prefix, "", "", retries);
    }

    static StoreConfig config(String url, String prefix, String user, String passwordFile, int retries) {
        return new StoreConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return StoreConfig.class;
            }

            @Override
            public String url() {
                return url;
            }

            @Override
            public String indexPrefix() {
                return prefix;
            }

            @Override
            public String user() {
                return user;
            }

            @Override
            public String passwordFile() {
                return passwordFile;
            }

            @Override
            public String trustStore() {
                return "";
            }

            @Override
            public String trustStorePasswordFile() {
                return "";
            }

            @Override
            public int connectTimeoutSeconds() {
                return 5;
            }

            @Override
            public int requestTimeoutSeconds() {
                return 60;
            }

            @Override
            public int bulkMaxBytes() {
                return 5_000_000;
            }

            @Override
            public int bulkInFlight() {
                return 2;
            }

            @Override
            public double copyThreshold() {
                return 0.3;
            }

            @Override
            public int retries() {
                return retries;
            }

            @Override
            public int replicas() {
                return 0;
            }

            @Override
            public int snippetLength() {
                return 240;
            }
        };
    }
}
