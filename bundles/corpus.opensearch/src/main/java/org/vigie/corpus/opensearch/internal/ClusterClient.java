package org.vigie.corpus.opensearch.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.CorpusException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * JSON over HTTP to one cluster address. A request refused for load (429), by a gateway or an
 * unavailable cluster (502, 503, 504) or whose connection fails is sent again after 0.5 s, 1 s,
 * 2 s... up to {@code attempts} times; then it fails with one line naming the cluster (never
 * its password). With several node addresses, a failed connection moves on to the next node.
 */
final class ClusterClient {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterClient.class);
    private static final Set<Integer> TRANSIENT = Set.of(429, 502, 503, 504);
    static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: its status and its JSON body (missing when it had none). */
    record Answer(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** {@code type: reason} of an error answer. */
        String error() {
            JsonNode error = body.path("error");
            return error.isTextual() ? error.asText()
                    : error.path("type").asText("HTTP " + status) + ": " + error.path("reason").asText("");
        }
    }

    private final HttpClient http;
    private final ClusterSettings settings;
    /** The node currently talked to, an index in the settings' addresses. */
    private volatile int node;

    ClusterClient(HttpClient http, ClusterSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    /** Where the cluster is, as messages name it: the node talked to. */
    String where() {
        return settings.urls().get(node).toString();
    }

    Answer get(String path) {
        return send("GET", path, null, "application/json");
    }

    Answer json(String method, String path, JsonNode body) {
        try {
            return send(method, path, JSON.writeValueAsString(body), "application/json");
        } catch (IOException e) {
            throw new CorpusException("cannot write a request to " + where() + ": " + e.getMessage(), e);
        }
    }

    Answer ndjson(String path, String body) {
        return send("POST", path, body, "application/x-ndjson");
    }

    /** The answer's body when it succeeded, else {@code OpenSearch at URL cannot WHAT: type: reason}. */
    JsonNode ok(Answer answer, String what) {
        if (!answer.ok()) {
            throw new CorpusException("OpenSearch at " + where() + " cannot " + what + ": " + answer.error());
        }
        return answer.body();
    }

    private Answer send(String method, String path, String body, String type) {
        for (int attempt = 1;; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(settings.urls().get(node).resolve(path))
                    .timeout(settings.requestTimeout())
                    .header("Content-Type", type).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            settings.authorization().ifPresent(value -> request.header("Authorization", value));
            String failure;
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                Answer answer = new Answer(response.statusCode(), parse(response.body()));
                if (!TRANSIENT.contains(answer.status())) {
                    return answer;
                }
                failure = answer.error();
                if (attempt >= settings.attempts()) {
                    return answer;
                }
            } catch (IOException e) {
                failure = e instanceof ConnectException ? "connection refused" : e.toString();
                if (attempt >= settings.attempts()) {
                    throw unreachable(failure, e);
                }
                node = (node + 1) % settings.urls().size();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CorpusException("interrupted while waiting for OpenSearch at " + where(), e);
            }
            backOff(attempt, method + " " + URI.create(path).getPath(), failure);
        }
    }

    private CorpusException unreachable(String reason, Exception cause) {
        String nodes = settings.urls().stream().map(URI::toString).collect(Collectors.joining(", "));
        return new CorpusException("cannot reach the OpenSearch cluster at " + nodes + ": " + reason, cause);
    }

    private void backOff(int attempt, String what, String failure) {
        long millis = Math.min(30_000, 500L << Math.min(attempt - 1, 10));
        LOG.warn("OpenSearch at {}: {} failed ({}), attempt {} of {}, again in {} ms", where(), what, failure,
                attempt, settings.attempts(), millis);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CorpusException("interrupted while waiting for OpenSearch at " + where(), e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode().put("error", body.lines().findFirst().orElse(""));
        }
    }
}
