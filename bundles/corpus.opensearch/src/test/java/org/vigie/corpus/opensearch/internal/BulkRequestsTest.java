package org.vigie.corpus.opensearch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A large write goes out as several requests, two at a time, and every item's answer is counted. */
class BulkRequestsTest {
    private static final Pattern ID = Pattern.compile("\"_id\":\"([^\"]+)\"");
    private final CountDownLatch bothInFlight = new CountDownLatch(2);
    private final List<Boolean> overlapped = new CopyOnWriteArrayList<>();
    private final ExecutorService handlers = Executors.newFixedThreadPool(2);
    private HttpServer server;
    private BulkRequests requests;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(handlers);
        server.start();
        ClusterSettings settings = ClusterSettings.of(TestStores.config("http://127.0.0.1:" + server.getAddress().getPort(), "v", "", "", 1));
        requests = new BulkRequests(new ClusterClient(settings.client(), settings), 5_000_000, 2);
    }

    @AfterEach
    void stop() {
        server.stop(0);
        handlers.shutdownNow();
    }

    /** Answers 201 for every item, once the other request is in flight too (or after 30 s). */
    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        bothInFlight.countDown();
        try {
            overlapped.add(bothInFlight.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<String> items = new ArrayList<>();
        for (Matcher id = ID.matcher(body); id.find();) {
            items.add("{\"create\":{\"_id\":\"" + id.group(1) + "\",\"status\":201}}");
        }
        byte[] answer = ("{\"items\":[" + String.join(",", items) + "]}").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    @Test
    void aWriteOfSeveralRequestsSendsTwoAtOnceAndCountsEveryItem() {
        Map<String, String> lines = new LinkedHashMap<>();
        for (String id : List.of("a", "b", "c", "d")) {
            lines.put(id, "{\"text\":\"" + "x".repeat(BulkRequests.MIN_SPLIT / 2) + "\"}\n");
        }

        List<BulkRequests.Outcome> outcomes = requests.create("v-corpus", lines);

        assertEquals(2, outcomes.size());
        assertEquals(List.of("a", "b", "c", "d"), outcomes.stream().flatMap(o -> o.created().stream()).toList());
        assertEquals(List.of(true, true), overlapped, "both requests were in flight at once");
    }

    @Test
    void aSmallWriteIsOneRequest() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("a", "{\"text\":\"one\"}\n");
        lines.put("b", "{\"text\":\"two\"}\n");
        bothInFlight.countDown(); // one request: nothing to wait for

        List<BulkRequests.Outcome> outcomes = requests.create("v-corpus", lines);

        assertEquals(1, outcomes.size());
        assertEquals(List.of("a", "b"), outcomes.get(0).created());
        assertTrue(outcomes.get(0).conflicts().isEmpty() && outcomes.get(0).resend().isEmpty());
    }
}
