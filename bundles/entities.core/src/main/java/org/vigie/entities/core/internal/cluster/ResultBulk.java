package org.vigie.entities.core.internal.cluster;

import java.util.ArrayList;
import java.util.List;

import org.vigie.corpus.api.cluster.OpenSearchCluster;
import org.vigie.entities.api.ExtractionException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code _bulk} requests of at most {@value #MAX_CHARS} characters, each returning once its
 * writes are searchable ({@code refresh=true}: a publish must not wait for the next refresh). Items the cluster refused for load (429) are
 * sent again after 0.5 s, 1 s, 2 s...; any other refused item fails the whole write with one line
 * naming its document. The request itself is retried by the cluster service.
 */
final class ResultBulk {

    static final int MAX_CHARS = 4_000_000;
    private static final int ATTEMPTS = 6;

    private final OpenSearchCluster cluster;
    private final String index;

    ResultBulk(OpenSearchCluster cluster, String index) {
        this.cluster = cluster;
        this.index = index;
    }

    /** Sends one action per id (same order); {@code what} + id names a refused one. */
    void send(List<String> ids, List<String> actions, String what) {
        int from = 0;
        while (from < ids.size()) {
            int to = from;
            int chars = 0;
            while (to < ids.size() && (to == from || chars + actions.get(to).length() <= MAX_CHARS)) {
                chars += actions.get(to++).length();
            }
            sendWithRetries(ids.subList(from, to), actions.subList(from, to), what);
            from = to;
        }
    }

    private void sendWithRetries(List<String> ids, List<String> actions, String what) {
        for (int attempt = 1;; attempt++) {
            String body = String.join("", actions);
            JsonNode answer = ResultJson.parse(cluster.send("POST", index + "/_bulk?refresh=true", body, what + " "
                    + ids.get(0)).orElseThrow(() -> new ExtractionException("OpenSearch at " + cluster.where()
                            + " has no index " + index)), "a bulk write");
            if (!answer.path("errors").asBoolean()) {
                return;
            }
            List<String> againIds = new ArrayList<>();
            List<String> again = new ArrayList<>();
            JsonNode items = answer.path("items");
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i).elements().next();
                int status = item.path("status").asInt();
                if (status == 429 && attempt < ATTEMPTS) {
                    againIds.add(ids.get(i));
                    again.add(actions.get(i));
                } else if (status >= 300 && !(status == 404 && item.has("result"))) {
                    JsonNode error = item.path("error");
                    throw new ExtractionException("OpenSearch at " + cluster.where() + " cannot " + what + " " + ids.get(i)
                            + ": " + error.path("type").asText("HTTP " + status) + ": " + error.path("reason").asText(""));
                }
            }
            if (again.isEmpty()) {
                return;
            }
            ids = againIds;
            actions = again;
            pause(attempt);
        }
    }

    private void pause(int attempt) {
        try {
            Thread.sleep(Math.min(30_000, 500L << Math.min(attempt - 1, 10)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException("interrupted while OpenSearch at " + cluster.where() + " was busy", e);
        }
    }
}
