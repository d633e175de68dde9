package org.vigie.corpus.opensearch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.corpus.api.CorpusException;
import org.vigie.testing.NewsFixtures;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** Back-pressure: what a loaded cluster refuses is sent again, and only what it took is reported new. */
class BulkWriterTest {
    private final Deque<String[]> answers = new ArrayDeque<>();
    private final List<String> bulks = new ArrayList<>();
    private HttpServer server;
    private BulkWriter writer;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        ClusterSettings settings = ClusterSettings.of(TestStores.config(url, "v", "", "", 3));
        writer = new BulkWriter(new ClusterClient(settings.client(), settings), 5_000_000, 2, settings.attempts());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String[] answer = {"200", "{}"};
        if (path.equals("/_bulk")) {
            bulks.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            answer = answers.removeFirst();
        }
        byte[] body = answer[1].getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(Integer.parseInt(answer[0]), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String item(String id, int status) {
        return "{\"create\":{\"_id\":\"" + id + "\",\"status\":" + status
                + (status == 201 ? "" : ",\"error\":{\"type\":\"es_rejected_execution_exception\",\"reason\":\"queue full\"}") + "}}";
    }

    @Test
    void resendsWhatTheClusterRefusedForLoadAndReportsOnlyWhatItTook() {
        String a = NewsFixtures.CONVENTION.id();
        String b = NewsFixtures.INTERPOL.id();
        answers.add(new String[] {"429", "{\"error\":{\"type\":\"es_rejected_execution_exception\",\"reason\":\"busy\"}}"});
        answers.add(new String[] {"200", "{\"items\":[" + item(a, 201) + "," + item(b, 429) + "]}"});
        answers.add(new String[] {"200", "{\"items\":[" + item(b, 201) + "]}"});

        List<String> added = writer.create("v-corpus", List.of(NewsFixtures.CONVENTION, NewsFixtures.INTERPOL), Map.of(), 7);

        assertEquals(List.of(a, b), added);
        assertEquals(3, bulks.size());
        assertTrue(bulks.get(1).contains(a) && bulks.get(1).contains(b), bulks.get(1));
        assertTrue(!bulks.get(2).contains(a) && bulks.get(2).contains(b), bulks.get(2));
    }

    @Test
    void splitsRequestsAtTheByteBoundButNeverBelowOneDocument() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("a", "x".repeat(40));
        lines.put("b", "x".repeat(40));
        lines.put("c", "x".repeat(200));
        lines.put("d", "x".repeat(10));
        assertEquals(List.of(List.of("a", "b"), List.of("c"), List.of("d")), BulkBody.batches(lines, 100));
    }

    @Test
    void givesUpAfterItsAttemptsSayingHowManyWereStored() {
        String a = NewsFixtures.CONVENTION.id();
        String b = NewsFixtures.INTERPOL.id();
        answers.add(new String[] {"200", "{\"items\":[" + item(a, 201) + "," + item(b, 429) + "]}"});
        answers.add(new String[] {"200", "{\"items\":[" + item(b, 429) + "]}"});
        answers.add(new String[] {"200", "{\"items\":[" + item(b, 429) + "]}"});

        CorpusException e = assertThrows(CorpusException.class,
                () -> writer.create("v-corpus", List.of(NewsFixtures.CONVENTION, NewsFixtures.INTERPOL), Map.of(), 7));

        assertEquals("OpenSearch at " + "http://127.0.0.1:" + server.getAddress().getPort() + "/ did not take 1 documents"
                + " after 3 attempts (cluster overloaded or unavailable); 1 were stored: run the import again to add the rest",
                e.getMessage());
    }
}
