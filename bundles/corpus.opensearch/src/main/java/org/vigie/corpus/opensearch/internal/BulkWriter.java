package org.vigie.corpus.opensearch.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.Document;
import org.vigie.lucene.copies.CopySignature;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes documents with {@code _bulk}: {@code create} actions under the document's id (so a stored
 * id is left as it is: 409), in requests of at most {@code maxBytes}, a few at once
 * ({@link BulkRequests}), then one {@code _refresh} so what
 * is acknowledged is searchable on return (a {@code refresh=wait_for} per request would wait up to
 * the refresh interval, a second, for each of them). Items refused for load (429) or by an unavailable
 * shard (5xx) are sent again with backoff; an id is new only when its {@code create} was
 * acknowledged (201), or, when refused as stored (409), if the stored copy carries this call's
 * sequence number (a request resent after a lost answer had got through).
 */
final class BulkWriter {
    private static final Logger LOG = LoggerFactory.getLogger(BulkWriter.class);

    private final ClusterClient client;
    private final BulkRequests requests;
    private final int attempts;

    BulkWriter(ClusterClient client, int maxBytes, int inFlight, int attempts) {
        this.client = client;
        this.requests = new BulkRequests(client, maxBytes, inFlight);
        this.attempts = Math.max(1, attempts);
    }

    /**
     * Stores the documents, with their copy signatures, under sequence numbers from {@code firstSeq};
     * returns the new ids in input order.
     */
    List<String> create(String index, Collection<Document> documents, Map<String, CopySignature> signatures, long firstSeq) {
        Map<String, String> pending = new LinkedHashMap<>();
        Map<String, Long> seqs = new LinkedHashMap<>();
        long seq = firstSeq;
        for (Document document : documents) {
            if (!pending.containsKey(document.id())) {
                seqs.put(document.id(), seq);
                pending.put(document.id(), BulkBody.line(DocumentSource.of(document, seq++, signatures.get(document.id()))));
            }
        }
        Set<String> created = new HashSet<>();
        List<String> conflicts = new ArrayList<>();
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            Map<String, String> resend = new LinkedHashMap<>();
            for (BulkRequests.Outcome outcome : requests.create(index, pending)) {
                created.addAll(outcome.created());
                conflicts.addAll(outcome.conflicts());
                for (String id : outcome.resend()) {
                    resend.put(id, pending.get(id));
                }
            }
            if (!resend.isEmpty() && attempt >= attempts) {
                throw new CorpusException("OpenSearch at " + client.where() + " did not take " + resend.size()
                        + " documents after " + attempts + " attempts (cluster overloaded or unavailable); "
                        + created.size() + " were stored: run the import again to add the rest");
            }
            pending = resend;
            if (!resend.isEmpty()) {
                pause(attempt, resend.size());
            }
        }
        refresh(index);
        if (!conflicts.isEmpty()) {
            created.addAll(storedByThisCall(index, conflicts, seqs));
        }
        return seqs.keySet().stream().filter(created::contains).toList();
    }

    /** Removes the documents; returns the ids that were there. */
    List<String> delete(String index, Collection<String> ids) {
        StringBuilder body = new StringBuilder();
        ids.stream().distinct().forEach(id -> body.append(BulkBody.action("delete", index, id)));
        if (body.length() == 0) {
            return List.of();
        }
        JsonNode answer = client.ok(client.ndjson("_bulk", body.toString()), "remove documents");
        refresh(index);
        List<String> removed = new ArrayList<>();
        for (JsonNode item : answer.path("items")) {
            JsonNode result = item.path("delete");
            if ("deleted".equals(result.path("result").asText())) {
                removed.add(result.path("_id").asText());
            } else if (result.path("status").asInt() != 404) {
                throw new CorpusException("OpenSearch at " + client.where() + " cannot remove document "
                        + result.path("_id").asText() + ": " + result.path("error").path("reason").asText()
                        + "; " + removed.size() + " were removed");
            }
        }
        return removed;
    }

    private void refresh(String index) {
        client.ok(client.json("POST", index + "/_refresh", ClusterClient.JSON.createObjectNode()), "refresh " + index);
    }

    /** Ids refused as stored whose stored copy has this call's sequence number: a resent first write. */
    private List<String> storedByThisCall(String index, List<String> ids, Map<String, Long> seqs) {
        var body = ClusterClient.JSON.createObjectNode();
        ids.forEach(body.putArray("ids")::add);
        JsonNode found = client.ok(client.json("POST", index + "/_mget?_source_includes=" + DocumentSource.SEQ, body),
                "read back documents");
        List<String> ours = new ArrayList<>();
        for (JsonNode doc : found.path("docs")) {
            if (doc.path("_source").path(DocumentSource.SEQ).asLong(-1) == seqs.get(doc.path("_id").asText())) {
                ours.add(doc.path("_id").asText());
            }
        }
        return ours;
    }

    private void pause(int attempt, int count) {
        long millis = Math.min(30_000, 500L << Math.min(attempt - 1, 10));
        LOG.warn("OpenSearch at {} refused {} documents for now, sending them again in {} ms", client.where(), count, millis);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CorpusException("interrupted while storing documents in OpenSearch at " + client.where(), e);
        }
    }
}
