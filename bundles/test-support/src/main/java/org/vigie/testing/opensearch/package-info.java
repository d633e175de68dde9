/**
 * A real OpenSearch node for tests and benchmarks, from the Maven-resolved {@code integ-test-zip}
 * distribution: {@link org.vigie.testing.opensearch.OpenSearchNode} runs one node (as
 * {@code nobody} through {@code setpriv} when run as root),
 * {@link org.vigie.testing.opensearch.RunningOpenSearch} shares one among a test JVM's classes and
 * {@link org.vigie.testing.opensearch.StartOpenSearchNode} runs one from a shell
 * ({@code bench/opensearch/start-node.sh}).
 */
package org.vigie.testing.opensearch;
