package org.vigie.entities.core.internal.index;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.cluster.OpenSearchCluster;
import org.vigie.corpus.opensearch.internal.ClusterService;
import org.vigie.corpus.opensearch.internal.StoreConfig;
import org.vigie.testing.DirectoryWorkspace;

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

    /** An entity index opened as DS would with the corpus on {@code cluster} ({@code null}: embedded), catching up before every question. */
    static LuceneEntityIndex index(Path workspace, CorpusStore corpus, OpenSearchCluster cluster) {
        LuceneEntityIndex index = new LuceneEntityIndex();
        index.workspace = new DirectoryWorkspace(workspace);
        index.corpus = corpus;
        index.cluster = cluster;
        index.corpusProperties = Map.of("vigie.corpus.store", cluster == null ? "embedded" : "opensearch");
        index.lookEveryMillis = 0;
        index.activate();
        return index;
    }
}
