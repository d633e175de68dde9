package org.vigie.testing.opensearch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension giving test classes a running OpenSearch node: one node per test JVM, started
 * by the first class that asks and stopped when the run ends (the root context closes it).
 * A class skips, with the reason in one line, when no node can be started.
 * <p>
 * The node is the Maven-resolved distribution named by the system properties {@value #ZIP} and
 * {@value #PLUGIN} (the module's pom copies both into {@code target/}); {@value #URL} names a
 * running node or cluster to use instead. Test methods and {@code @BeforeAll} methods take an
 * {@link OpenSearchNode} parameter.
 */
public final class RunningOpenSearch implements BeforeAllCallback, ParameterResolver {
    public static final String ZIP = "vigie.opensearch.zip";
    public static final String PLUGIN = "vigie.opensearch.analysisCommon";
    public static final String URL = "vigie.opensearch.url";

    /** The shared node, or why there is none. */
    private record Started(OpenSearchNode node, String reason) implements AutoCloseable {
        @Override
        public void close() {
            if (node != null) {
                node.close();
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Started started = started(context);
        Assumptions.assumeTrue(started.node() != null, () -> "no OpenSearch server: " + started.reason());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == OpenSearchNode.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return started(context).node();
    }

    private static Started started(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(RunningOpenSearch.class))
                .getOrComputeIfAbsent(Started.class, key -> start(), Started.class);
    }

    private static Started start() {
        String url = System.getProperty(URL, "");
        if (!url.isBlank()) {
            return new Started(OpenSearchNode.external(URI.create(url)), null);
        }
        Path zip = Path.of(System.getProperty(ZIP, "target/opensearch/opensearch-" + NodeHome.VERSION + ".zip"));
        Path plugin = Path.of(System.getProperty(PLUGIN, "target/opensearch/analysis-common-" + NodeHome.VERSION + ".jar"));
        if (!Files.isRegularFile(zip) || !Files.isRegularFile(plugin)) {
            return new Started(null, "no distribution at " + zip + " and " + plugin + " (set " + ZIP + " and " + PLUGIN + ")");
        }
        OpenSearchNode node = null;
        try {
            node = OpenSearchNode.start(zip, plugin, NodeSettings.singleNode());
            NodeHealth.await(node, "green", Duration.ofSeconds(120));
            return new Started(node, null);
        } catch (IOException | RuntimeException e) {
            if (node != null) {
                node.close();
            }
            return new Started(null, e.getMessage());
        }
    }
}
