package org.vigie.corpus.opensearch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

import org.vigie.corpus.api.CorpusException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code _bulk} requests of one write: the documents' lines cut into requests of at most
 * {@code maxBytes}, and, when there are several, up to {@code inFlight} of them sent at once (the
 * cluster indexes one while the next is written, sent and parsed). The pool is bounded: the other
 * requests wait their turn, so a slow cluster slows the writer instead of queueing without end.
 * Each item's answer goes to created (201), already stored (409) or to send again (429, 5xx).
 */
final class BulkRequests {
    private static final Set<Integer> RESEND = Set.of(429, 500, 502, 503, 504);
    /** A write smaller than this is one request: splitting it would only add round trips. */
    static final int MIN_SPLIT = 256 * 1024;
    private static final ThreadFactory SENDERS = work -> {
        Thread thread = new Thread(work, "vigie-opensearch-bulk");
        thread.setDaemon(true);
        return thread;
    };

    /** What one request's items came to. */
    record Outcome(List<String> created, List<String> conflicts, List<String> resend) {
    }

    private final ClusterClient client;
    private final int maxBytes;
    private final int inFlight;

    BulkRequests(ClusterClient client, int maxBytes, int inFlight) {
        this.client = client;
        this.maxBytes = Math.max(1, maxBytes);
        this.inFlight = Math.max(1, inFlight);
    }

    /** Sends {@code create} actions for these ids and source lines; every request answered, or the first failure thrown. */
    List<Outcome> create(String index, Map<String, String> lines) {
        long total = lines.values().stream().mapToLong(String::length).sum();
        long share = (total + inFlight - 1) / inFlight;
        List<List<String>> requests = BulkBody.batches(lines, (int) Math.min(maxBytes, Math.max(MIN_SPLIT, share)));
        if (requests.size() == 1 || inFlight == 1) {
            return requests.stream().map(ids -> send(index, ids, lines)).toList();
        }
        ExecutorService senders = Executors.newFixedThreadPool(Math.min(inFlight, requests.size()), SENDERS);
        try {
            List<Future<Outcome>> sent = new ArrayList<>();
            requests.forEach(ids -> sent.add(senders.submit(() -> send(index, ids, lines))));
            return answers(sent);
        } finally {
            senders.shutdownNow();
        }
    }

    /** Every request's outcome once all are answered (none left running); a failure after all are. */
    private List<Outcome> answers(List<Future<Outcome>> sent) {
        List<Outcome> outcomes = new ArrayList<>();
        RuntimeException failure = null;
        for (Future<Outcome> request : sent) {
            try {
                outcomes.add(request.get());
            } catch (ExecutionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException r ? r
                        : new CorpusException("cannot store documents in OpenSearch at " + client.where() + ": " + e.getCause(), e.getCause());
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CorpusException("interrupted while storing documents in OpenSearch at " + client.where(), e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return outcomes;
    }

    private Outcome send(String index, List<String> ids, Map<String, String> lines) {
        StringBuilder body = new StringBuilder();
        for (String id : ids) {
            body.append(BulkBody.action("create", index, id)).append(lines.get(id));
        }
        JsonNode answer = client.ok(client.ndjson("_bulk", body.toString()), "store documents");
        Outcome outcome = new Outcome(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (JsonNode item : answer.path("items")) {
            JsonNode result = item.path("create");
            String id = result.path("_id").asText();
            int status = result.path("status").asInt();
            if (status == 201) {
                outcome.created().add(id);
            } else if (status == 409) {
                outcome.conflicts().add(id);
            } else if (RESEND.contains(status)) {
                outcome.resend().add(id);
            } else {
                throw new CorpusException("OpenSearch at " + client.where() + " refused document " + id + ": "
                        + result.path("error").path("type").asText() + ": " + result.path("error").path("reason").asText());
            }
        }
        return outcome;
    }
}
