package org.vigie.corpus.opensearch.internal;

import java.util.Map;
import java.util.TreeMap;

import org.vigie.corpus.api.CorpusStats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The corpus counts in one aggregation request: no document is loaded. */
final class StatsQuery {
    private static final int MOST_VALUES = 10_000;

    private StatsQuery() {
    }

    static CorpusStats run(ClusterClient client, String index) {
        ObjectNode body = ClusterClient.JSON.createObjectNode().put("size", 0).put("track_total_hits", true);
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject("characters").putObject("sum").put("field", DocumentSource.LENGTH);
        for (String field : new String[] {DocumentSource.STAT_SOURCE, DocumentSource.STAT_LANG, DocumentSource.STAT_MONTH}) {
            aggs.putObject(field).putObject("terms").put("field", field).put("size", MOST_VALUES);
        }
        JsonNode answer = client.ok(client.json("POST", index + "/_search", body), "count the corpus");
        JsonNode found = answer.path("aggregations");
        return new CorpusStats(answer.path("hits").path("total").path("value").asLong(),
                found.path("characters").path("value").asLong(), counts(found, DocumentSource.STAT_SOURCE),
                counts(found, DocumentSource.STAT_LANG), counts(found, DocumentSource.STAT_MONTH));
    }

    private static Map<String, Long> counts(JsonNode aggregations, String field) {
        Map<String, Long> counts = new TreeMap<>();
        for (JsonNode bucket : aggregations.path(field).path("buckets")) {
            counts.put(bucket.path("key").asText(), bucket.path("doc_count").asLong());
        }
        return counts;
    }
}
