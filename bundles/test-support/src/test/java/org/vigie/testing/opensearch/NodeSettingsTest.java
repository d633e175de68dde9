package org.vigie.testing.opensearch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class NodeSettingsTest {

    @Test
    void aSingleNodeDiscoversNoOneAndListensOnLoopbackOnly() {
        String yaml = NodeSettings.singleNode().yaml(9201, 9301, Path.of("/d"), Path.of("/l"));
        assertTrue(yaml.contains("network.host: 127.0.0.1\nhttp.port: 9201\ntransport.port: 9301\n"), yaml);
        assertTrue(yaml.contains("discovery.type: single-node\n"), yaml);
        assertTrue(yaml.contains("path.data: /d\npath.logs: /l\n"), yaml);
    }

    @Test
    void aClusterNodeNamesItsSeedsAndFirstManagers() {
        NodeSettings settings = new NodeSettings("c", "n1", 9201, 9301, List.of("127.0.0.1:9302"), List.of("n1", "n2"),
                Path.of("/d"), 512);
        String yaml = settings.yaml(9201, 9301, Path.of("/d"), Path.of("/l"));
        assertTrue(yaml.contains("discovery.seed_hosts: [127.0.0.1:9302]\n"), yaml);
        assertTrue(yaml.contains("cluster.initial_cluster_manager_nodes: [n1, n2]\n"), yaml);
        assertTrue(!yaml.contains("single-node"), yaml);
    }
}
