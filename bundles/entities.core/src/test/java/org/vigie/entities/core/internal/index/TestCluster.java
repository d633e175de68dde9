package org.vigie.entities.core.internal.index;

import java.lang.reflect.Proxy;
import java.net.URI;

import org.vigie.corpus.api.cluster.OpenSearchCluster;
import org.vigie.corpus.opensearch.internal.ClusterService;
import org.vigie.corpus.opensearch.internal.StoreConfig;

/** The OpenSearch store's cluster service on a test node, configured as DS would (defaults but url, prefix, replicas). */
final class TestCluster {

    private TestCluster() {
    }

    static OpenSearchCluster of(URI url, String prefix) {
        StoreConfig config = (StoreConfig) Proxy.newProxyInstance(StoreConfig.class.getClassLoader(),
                new Class<?>[] {StoreConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "url" -> url.toString();
                    case "indexPrefix" -> prefix;
                    case "replicas" -> 0;
                    case "retries" -> 2;
                    case "annotationType" -> StoreConfig.class;
                    default -> method.getDefaultValue();
                });
        return new ClusterService(config);
    }
}
