package org.vigie.testing.opensearch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one OpenSearch node in the foreground until it dies or Ctrl-C (then it is stopped and its
 * folder deleted). Used by {@code bench/opensearch/start-node.sh}; prints one line
 * {@code opensearch NAME up at URL pid PID} once the node is healthy (yellow, or green alone).
 * <pre>
 * --zip Z --plugin P [--name N] [--cluster C] [--http-port 9200] [--transport-port 9300]
 * [--seed-hosts 127.0.0.1:9301,...] [--cluster-managers n1,n2] [--data DIR] [--heap-mb 1024]
 * </pre>
 */
public final class StartOpenSearchNode {

    private StartOpenSearchNode() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = options(args);
        List<String> seeds = list(options.get("seed-hosts"));
        NodeSettings settings = new NodeSettings(options.getOrDefault("cluster", "vigie"),
                options.getOrDefault("name", "node-1"), Integer.parseInt(options.getOrDefault("http-port", "0")),
                Integer.parseInt(options.getOrDefault("transport-port", "0")), seeds,
                list(options.get("cluster-managers")),
                options.containsKey("data") ? Path.of(options.get("data")).toAbsolutePath() : null,
                Integer.parseInt(options.getOrDefault("heap-mb", "1024")));
        OpenSearchNode node = OpenSearchNode.start(Path.of(required(options, "zip")),
                Path.of(required(options, "plugin")), settings);
        try {
            NodeHealth.await(node, seeds.isEmpty() ? "green" : "yellow", Duration.ofSeconds(180));
        } catch (IOException e) {
            node.close();
            throw e;
        }
        System.out.println("opensearch " + settings.nodeName() + " up at " + node.url() + " pid " + node.pid());
        while (node.alive()) {
            Thread.sleep(500);
        }
        System.out.println("opensearch " + settings.nodeName() + " exited:\n" + node.lastOutput(5));
        node.close();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value, got " + Arrays.toString(args));
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.split(","));
    }
}
