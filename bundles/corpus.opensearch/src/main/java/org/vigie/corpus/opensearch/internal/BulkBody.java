package org.vigie.corpus.opensearch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vigie.corpus.api.CorpusException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** The NDJSON of {@code _bulk} requests, and how documents are grouped into requests. */
final class BulkBody {

    private BulkBody() {
    }

    /** The ids in request-sized groups: at most {@code maxBytes} characters of lines each (at least one line). */
    static List<List<String>> batches(Map<String, String> lines, int maxBytes) {
        List<List<String>> batches = new ArrayList<>();
        List<String> batch = new ArrayList<>();
        long bytes = 0;
        for (Map.Entry<String, String> line : lines.entrySet()) {
            if (!batch.isEmpty() && bytes + line.getValue().length() > maxBytes) {
                batches.add(batch);
                batch = new ArrayList<>();
                bytes = 0;
            }
            batch.add(line.getKey());
            bytes += line.getValue().length();
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    /** The action line of a {@code _bulk} item. */
    static String action(String kind, String index, String id) {
        var action = ClusterClient.JSON.createObjectNode();
        action.putObject(kind).put("_index", index).put("_id", id);
        return line(action);
    }

    /** One NDJSON line. */
    static String line(JsonNode json) {
        try {
            return ClusterClient.JSON.writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new CorpusException("cannot write a document as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
