package org.vigie.corpus.opensearch.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentSummary;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A document by full id (a real-time GET) or by an unambiguous id prefix of at least 4 characters;
 * a batch of full ids in one real-time {@code _mget}.
 */
final class DocumentLookup {
    private static final int MIN_PREFIX = 4;

    private final ClusterClient client;

    DocumentLookup(ClusterClient client) {
        this.client = client;
    }

    boolean contains(String index, String id) {
        return byId(index, id, "?_source=false").path("found").asBoolean();
    }

    /** Which of these ids are stored: one {@code _mget} without sources. */
    Set<String> stored(String index, Collection<String> ids) {
        Set<String> found = new HashSet<>();
        if (!ids.isEmpty()) {
            multiGet(index, ids, "?_source=false").forEach(doc -> found.add(doc.path("_id").asText()));
        }
        return found;
    }

    /** The stored documents of these ids in the order given, those not stored left out: one {@code _mget}. */
    List<Document> getAll(String index, List<String> ids) {
        List<Document> found = new ArrayList<>();
        if (!ids.isEmpty()) {
            multiGet(index, ids, "").forEach(doc -> found.add(DocumentSource.document(doc.path("_source"))));
        }
        return found;
    }

    /** The summaries (no texts) of the stored documents among these ids, by id: one {@code _mget}. */
    Map<String, DocumentSummary> summaries(String index, Collection<String> ids) {
        Map<String, DocumentSummary> found = new HashMap<>();
        if (!ids.isEmpty()) {
            multiGet(index, ids, "?_source_excludes=text," + DocumentSource.RAW + "," + DocumentSource.COPY_SIGNATURE)
                    .forEach(doc -> found.put(doc.path("_id").asText(), DocumentSource.summary(doc.path("_source"))));
        }
        return found;
    }

    /** The found documents of an {@code _mget}, in the order asked (its answer keeps it). */
    private List<JsonNode> multiGet(String index, Collection<String> ids, String query) {
        var body = ClusterClient.JSON.createObjectNode();
        ids.forEach(body.putArray("ids")::add);
        JsonNode answer = client.ok(client.json("POST", index + "/_mget" + query, body), "read " + ids.size() + " documents");
        List<JsonNode> found = new ArrayList<>();
        answer.path("docs").forEach(doc -> {
            if (doc.path("found").asBoolean()) {
                found.add(doc);
            }
        });
        return found;
    }

    Optional<Document> get(String index, String idOrPrefix) {
        JsonNode found = byId(index, idOrPrefix, "");
        if (found.path("found").asBoolean()) {
            return Optional.of(DocumentSource.document(found.path("_source")));
        }
        return idOrPrefix.length() < MIN_PREFIX ? Optional.empty() : byPrefix(index, idOrPrefix);
    }

    /** The document's GET answer: found or not (404); any other failure throws. */
    private JsonNode byId(String index, String id, String query) {
        String path = index + "/_doc/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20") + query;
        ClusterClient.Answer answer = client.get(path);
        return answer.status() == 404 && answer.body().has("found") ? answer.body() : client.ok(answer, "read document " + id);
    }

    private Optional<Document> byPrefix(String index, String prefix) {
        var body = ClusterClient.JSON.createObjectNode().put("size", 2).put("track_total_hits", true);
        body.putObject("query").putObject("prefix").put(DocumentSource.ID, prefix);
        JsonNode hits = client.ok(client.json("POST", index + "/_search", body), "find id prefix " + prefix).path("hits");
        if (hits.path("hits").size() > 1) {
            throw new CorpusException("id prefix '" + prefix + "' is ambiguous: " + hits.path("total").path("value").asLong()
                    + " documents start with it; give more characters");
        }
        return hits.path("hits").isEmpty() ? Optional.empty()
                : Optional.of(DocumentSource.document(hits.path("hits").get(0).path("_source")));
    }
}
