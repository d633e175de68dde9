package org.vigie.entities.core.internal.index;

import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigie.corpus.api.cluster.OpenSearchCluster;
import org.vigie.testing.MemoryCorpusStore;
import org.vigie.testing.opensearch.OpenSearchNode;
import org.vigie.testing.opensearch.RunningOpenSearch;

/**
 * Every test of {@link EntityIndexTest} on an index whose results live on an OpenSearch node
 * (skipped with one line when none can start), each test under an index prefix of its own: the
 * restarts read the results back through the replica and the cluster.
 */
@ExtendWith(RunningOpenSearch.class)
class ClusterEntityIndexTest extends EntityIndexTest {

    private static URI node;
    /** This test's cluster, made at its first open (the super class opens before any of this class's set-up). */
    private OpenSearchCluster cluster;

    @BeforeAll
    static void node(OpenSearchNode running) {
        node = running.url();
    }

    @Override
    LuceneEntityIndex open(Path workspace, MemoryCorpusStore corpus) {
        if (cluster == null) {
            cluster = TestCluster.of(node, "test-" + UUID.randomUUID().toString().substring(0, 8));
        }
        return TestCluster.index(workspace, corpus, cluster);
    }
}
