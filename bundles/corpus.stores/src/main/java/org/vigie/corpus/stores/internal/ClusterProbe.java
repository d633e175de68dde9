package org.vigie.corpus.stores.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import javax.net.ssl.SSLException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.stores.StoreChoice;

/**
 * Asks a cluster for its health ({@code GET /_cluster/health}) before Vigie relies on it. Every
 * failure is one line naming the URL and the reason; the password is read from its file for the
 * request only and appears in no message.
 */
final class ClusterProbe {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A cluster's health: {@code green}, {@code yellow} or {@code red}, and its node count. */
    record Health(String status, int nodes) {
        boolean red() {
            return "red".equals(status);
        }

        @Override
        public String toString() {
            return status + " (" + nodes + (nodes == 1 ? " node)" : " nodes)");
        }
    }

    /** The client the probe of this cluster sends with: the JDK's trust, or the cluster's own trust store, as the store's. */
    static HttpClient client(StoreChoice cluster) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(TIMEOUT);
        cluster.trust().ifPresent(trust -> builder.sslContext(trust.sslContext()));
        return builder.build();
    }

    /** The health as the first node that answers tells it; every node unreachable: the last one's reason. */
    Health health(StoreChoice cluster) {
        CorpusException unreachable = null;
        for (String node : cluster.urls()) {
            try {
                return health(cluster, node);
            } catch (Unreachable e) {
                unreachable = e;
            }
        }
        throw unreachable;
    }

    /** A node that did not answer: the next one may. */
    private static final class Unreachable extends CorpusException {
        private static final long serialVersionUID = 1L;

        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private Health health(StoreChoice cluster, String node) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node + "/_cluster/health"))
                .timeout(TIMEOUT).GET();
        if (cluster.user() != null) {
            String pair = cluster.user() + ":" + PasswordFile.read(cluster.passwordFile());
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = send(client(cluster), node, request.build());
        int code = response.statusCode();
        if (code == 401 || code == 403) {
            throw new CorpusException("OpenSearch at " + node + " refused " + (cluster.user() == null
                    ? "a request without credentials (give --user and --password-file)"
                    : "the credentials of user " + cluster.user()) + " (HTTP " + code + ")");
        }
        if (code != 200 && code != 408) { // 408: the health call timed out waiting; its body still tells
            throw new CorpusException("OpenSearch at " + node + " answered HTTP " + code
                    + " to _cluster/health: is it an OpenSearch cluster?");
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            return new Health(body.path("status").asText("unknown"), body.path("number_of_nodes").asInt());
        } catch (IOException e) {
            throw new CorpusException("OpenSearch at " + node + " answered _cluster/health with no JSON", e);
        }
    }

    private static HttpResponse<String> send(HttpClient client, String node, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CorpusException("interrupted while asking " + node + " for its health", e);
        } catch (IOException e) {
            throw new Unreachable("cannot reach OpenSearch at " + node + ": " + reason(e), e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "no answer within " + TIMEOUT.toSeconds() + " s";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof SSLException) {
            return "TLS handshake failed (" + e.getMessage() + "); a cluster with its own certificate authority "
                    + "needs --trust-store FILE";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
