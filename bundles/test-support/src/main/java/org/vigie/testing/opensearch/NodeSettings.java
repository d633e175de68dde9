package org.vigie.testing.opensearch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How one OpenSearch node is run: alone ({@code seedHosts} empty: {@code discovery.type: single-node})
 * or as a member of a loopback cluster.
 *
 * @param clusterName {@code cluster.name}
 * @param nodeName {@code node.name}
 * @param httpPort the REST port on 127.0.0.1 (0: a free one is picked)
 * @param transportPort the node-to-node port (0: a free one is picked)
 * @param seedHosts the other nodes' {@code host:transportPort}, empty for a single node
 * @param clusterManagers names of the nodes that elect the first cluster manager (cluster only)
 * @param dataDir where the node keeps its indices, kept after the node stops; {@code null}: in
 *     the node's own folder, deleted when it stops
 * @param heapMb the JVM heap, in MB
 */
public record NodeSettings(String clusterName, String nodeName, int httpPort, int transportPort,
        List<String> seedHosts, List<String> clusterManagers, Path dataDir, int heapMb) {

    public NodeSettings {
        seedHosts = List.copyOf(seedHosts);
        clusterManagers = List.copyOf(clusterManagers);
    }

    /** A single node on free ports with 1 GB of heap, its data deleted when it stops. */
    public static NodeSettings singleNode() {
        return new NodeSettings("vigie-test", "node-1", 0, 0, List.of(), List.of(), null, 1024);
    }

    /** The {@code opensearch.yml} of this node, given its resolved ports and folders. */
    String yaml(int http, int transport, Path data, Path logs) {
        List<String> lines = new ArrayList<>(List.of(
                "cluster.name: " + clusterName,
                "node.name: " + nodeName,
                "network.host: 127.0.0.1",
                "http.port: " + http,
                "transport.port: " + transport,
                "path.data: " + data,
                "path.logs: " + logs,
                // a nearly full disk must not leave shards unassigned and the test cluster red
                "cluster.routing.allocation.disk.threshold_enabled: false"));
        if (seedHosts.isEmpty()) {
            lines.add("discovery.type: single-node");
        } else {
            lines.add("discovery.seed_hosts: [" + String.join(", ", seedHosts) + "]");
            lines.add("cluster.initial_cluster_manager_nodes: [" + String.join(", ", clusterManagers) + "]");
        }
        return String.join("\n", lines) + "\n";
    }
}
