package org.vigie.corpus.opensearch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Walks the documents in import order ({@code seq}, then id), a page of at most 5 000 at a time
 * with {@code search_after}, so any offset works past OpenSearch's 10 000-hit window.
 */
final class ImportOrder {
    private static final int PAGE = 5_000;
    /** A listing's source: the metadata, without the texts or the copy signature. */
    private static final JsonNode METADATA = filter("excludes", "text", DocumentSource.RAW, DocumentSource.COPY_SIGNATURE);
    private static final JsonNode SIGNATURE = filter("includes", DocumentSource.COPY_SIGNATURE);

    private static JsonNode filter(String kind, String... fields) {
        ObjectNode filter = ClusterClient.JSON.createObjectNode();
        for (String field : fields) {
            filter.withArray(kind).add(field);
        }
        return filter;
    }

    private final ClusterClient client;

    ImportOrder(ClusterClient client) {
        this.client = client;
    }

    /** The sources (without texts) of {@code limit} documents from {@code offset}. */
    List<JsonNode> sources(String index, int offset, int limit) {
        List<JsonNode> page = new ArrayList<>();
        long[] position = {0};
        walk(index, offset, limit, true, hit -> {
            if (position[0]++ >= offset) {
                page.add(hit.path("_source"));
            }
        });
        return page;
    }

    /** Every id, in import order. */
    List<String> ids(String index) {
        List<String> ids = new ArrayList<>();
        walk(index, 0, Integer.MAX_VALUE, false, hit -> ids.add(hit.path("_id").asText()));
        return ids;
    }

    /** Every stored copy signature with its id, in import order (documents too short to sign left out). */
    void signatures(String index, BiConsumer<String, JsonNode> each) {
        walk(index, 0, Integer.MAX_VALUE, SIGNATURE, hit -> {
            JsonNode signature = hit.path("_source").path(DocumentSource.COPY_SIGNATURE);
            if (!signature.isMissingNode() && !signature.isNull()) {
                each.accept(hit.path("_id").asText(), signature);
            }
        });
    }

    /**
     * Hands on hits in order until {@code offset + limit} were seen; the {@code offset} first ones
     * come without their source.
     */
    private void walk(String index, int offset, int limit, boolean withSource, Consumer<JsonNode> hits) {
        walk(index, offset, limit, withSource ? METADATA : null, hits);
    }

    /** {@code source}: the {@code _source} filter past {@code offset}, null for no source. */
    private void walk(String index, int offset, int limit, JsonNode source, Consumer<JsonNode> hits) {
        long wanted = Math.min(Long.MAX_VALUE - 1, (long) offset + limit);
        long seen = 0;
        JsonNode after = null;
        while (seen < wanted) {
            int size = (int) Math.min(PAGE, wanted - seen);
            JsonNode page = client.ok(client.json("POST", index + "/_search", request(size, after,
                    seen + size > offset ? source : null)), "list the documents");
            JsonNode found = page.path("hits").path("hits");
            for (JsonNode hit : found) {
                hits.accept(hit);
            }
            seen += found.size();
            if (found.size() < size) {
                return;
            }
            after = found.get(found.size() - 1).path("sort");
        }
    }

    private static ObjectNode request(int size, JsonNode after, JsonNode source) {
        ObjectNode body = ClusterClient.JSON.createObjectNode().put("size", size).put("track_total_hits", false);
        body.putArray("sort").add(DocumentSource.SEQ).add(DocumentSource.ID);
        if (source != null) {
            body.set("_source", source);
        } else {
            body.put("_source", false);
        }
        if (after != null) {
            body.set("search_after", after);
        }
        return body;
    }
}
