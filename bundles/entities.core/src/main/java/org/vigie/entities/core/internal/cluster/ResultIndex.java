package org.vigie.entities.core.internal.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.vigie.corpus.api.cluster.OpenSearchCluster;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The index {@code PREFIX-entities} on the cluster: one document per corpus document, id its id,
 * holding {@code doc} and {@code stamp} (keywords) and {@code result} (not indexed); and the
 * revision token in {@code PREFIX-entities-meta}, replaced after every write is acknowledged so
 * that every replica knows it must catch up.
 */
final class ResultIndex {

    private static final int SCAN_PAGE = 5000;
    private static final int FETCH_PAGE = 200;

    private final OpenSearchCluster cluster;
    private final String index;
    private final String meta;
    private final ResultBulk bulk;
    private volatile boolean created;

    ResultIndex(OpenSearchCluster cluster) {
        this.cluster = cluster;
        this.index = cluster.indexPrefix() + "-entities";
        this.meta = index + "-meta";
        this.bulk = new ResultBulk(cluster, index);
    }

    String name() {
        return index;
    }

    /** Stores results, id to (stamp, JSON), and returns once the cluster acknowledged every one. */
    void store(Map<String, String[]> results) {
        if (results.isEmpty()) {
            return;
        }
        ensure();
        List<String> actions = new ArrayList<>();
        results.forEach((id, stamped) -> actions.add("{\"index\":{\"_id\":" + ResultJson.quoted(id) + "}}\n{\"doc\":"
                + ResultJson.quoted(id) + ",\"stamp\":\"" + stamped[0] + "\",\"result\":" + stamped[1] + "}\n"));
        bulk.send(new ArrayList<>(results.keySet()), actions, "store the entities of");
        bump();
    }

    void delete(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        ensure();
        List<String> actions = ids.stream().map(id -> "{\"delete\":{\"_id\":" + ResultJson.quoted(id) + "}}\n").toList();
        bulk.send(new ArrayList<>(ids), actions, "remove the entities of");
        bump();
    }

    /** The revision token, {@code none} before the first write. */
    String revision() {
        return cluster.send("GET", meta + "/_doc/revision", null, "read the entity index's revision")
                .map(body -> ResultJson.parse(body, "revision").path("_source").path("token").asText("none"))
                .orElse("none");
    }

    /** Every stored document id and its stamp, read from doc values in id order. */
    Map<String, String> stamps() {
        Map<String, String> stamps = new HashMap<>();
        String after = null;
        while (true) {
            String body = "{\"size\":" + SCAN_PAGE + ",\"_source\":false,\"track_total_hits\":false,"
                    + "\"docvalue_fields\":[\"stamp\"],\"sort\":[{\"doc\":\"asc\"}]"
                    + (after == null ? "" : ",\"search_after\":[" + ResultJson.quoted(after) + "]") + "}";
            JsonNode hits = cluster.send("POST", index + "/_search", body, "list the stored entity results")
                    .map(text -> ResultJson.parse(text, "a list of results").path("hits").path("hits")).orElse(null);
            if (hits == null || hits.isEmpty()) {
                return stamps;
            }
            for (JsonNode hit : hits) {
                stamps.put(hit.path("_id").asText(), hit.path("fields").path("stamp").path(0).asText());
                after = hit.path("sort").path(0).asText();
            }
        }
    }

    /** The stored results of these documents (those the cluster still has), id to result JSON. */
    Map<String, JsonNode> fetch(List<String> ids) {
        Map<String, JsonNode> results = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += FETCH_PAGE) {
            List<String> page = ids.subList(from, Math.min(ids.size(), from + FETCH_PAGE));
            String body = "{\"ids\":[" + String.join(",", page.stream().map(ResultJson::quoted).toList()) + "]}";
            cluster.send("POST", index + "/_mget", body, "read stored entity results").ifPresent(text -> {
                for (JsonNode doc : ResultJson.parse(text, "a read of results").path("docs")) {
                    if (doc.path("found").asBoolean()) {
                        results.put(doc.path("_id").asText(), doc.path("_source"));
                    }
                }
            });
        }
        return results;
    }

    private void bump() {
        cluster.send("PUT", meta + "/_doc/revision?refresh=true", "{\"token\":\"" + UUID.randomUUID() + "\"}",
                "record the entity index's revision");
    }

    private void ensure() {
        if (created) {
            return;
        }
        if (cluster.send("GET", index + "/_mapping", null, "look for " + index).isEmpty()) {
            String settings = "{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":" + cluster.replicas() + "},"
                    + "\"mappings\":{\"dynamic\":false,\"properties\":{\"doc\":{\"type\":\"keyword\"},"
                    + "\"stamp\":{\"type\":\"keyword\"},\"result\":{\"type\":\"object\",\"enabled\":false}}}}";
            try {
                cluster.send("PUT", index, settings, "create " + index);
            } catch (RuntimeException e) {
                if (!String.valueOf(e.getMessage()).contains("resource_already_exists")) {
                    throw e; // another analyst's Vigie created it meanwhile: fine
                }
            }
        }
        created = true;
    }
}
