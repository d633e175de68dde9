package org.vigie.itests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code ./vigie -c 'web:serve'} on the sample articles, as a batch serving until interrupted:
 * the printed address opens the workbench, its search and document JSON answer from the store and
 * the entity index, every refusal of the access check holds, and SIGTERM closes the port.
 */
class WebWorkbenchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void theServedWorkbenchAnswersTheTokenHolderOnlyAndClosesOnSigterm() throws Exception {
        Path workspace = dir.resolve("ws");
        VigieProcess.Result prepared = VigieProcess.run(workspace, "-c",
                "corpus:import " + VigieProcess.REPO.resolve("samples/articles") + "; entities:extract --all");
        assertEquals(0, prepared.exitCode(), prepared.toString());

        Process vigie = VigieProcess.start(workspace, "-c", "web:serve");
        BlockingQueue<String> lines = lines(vigie);
        int port;
        try {
            URI url = URI.create(awaitUrl(lines, vigie));
            port = url.getPort();
            assertEquals("127.0.0.1", url.getHost());
            String root = "http://127.0.0.1:" + url.getPort();
            String cookie = tokenCookie(url);
            checkSearchAndDocument(root, cookie);
            checkRefusals(root, url.getPort(), cookie);
        } finally {
            vigie.destroy(); // SIGTERM, as a service manager or Ctrl-C would stop it
            assertTrue(vigie.waitFor(60, TimeUnit.SECONDS), "vigie did not stop on SIGTERM");
        }
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close(), "the port is closed");
    }

    @Test
    void aVigieKilledWhileServingDoesNotListenAtItsNextStart() throws Exception {
        Path workspace = dir.resolve("ws");
        Process vigie = VigieProcess.start(workspace, "-c", "web:serve");
        int port = URI.create(awaitUrl(lines(vigie), vigie)).getPort();
        vigie.destroyForcibly(); // SIGKILL: no stop, the runtime's configuration stays in the cache
        assertTrue(vigie.waitFor(30, TimeUnit.SECONDS));

        Process next = VigieProcess.start(workspace, "-c", "vigie:status");
        BlockingQueue<String> lines = lines(next);
        assertTrue(next.waitFor(120, TimeUnit.SECONDS), "vigie:status did not finish");
        assertEquals(0, next.exitValue(), String.join("\n", lines));
        String log = java.nio.file.Files.readString(workspace.resolve("logs/vigie.log"));
        String thisStart = log.substring(log.lastIndexOf("Jetty not started (HTTP and HTTPS disabled)"));
        assertTrue(!thisStart.contains("Started Jetty") && !thisStart.contains(":" + port + "}"), thisStart);
    }

    private String tokenCookie(URI url) throws Exception {
        HttpResponse<String> opened = client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, opened.statusCode(), opened.body());
        assertEquals("/", opened.headers().firstValue("Location").orElseThrow(), "the token leaves the address");
        String set = opened.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("vigie_token_")).findFirst()
                .orElseThrow();
        assertTrue(set.contains("HttpOnly") && set.contains("SameSite=Strict"), set);
        return set.substring(0, set.indexOf(';'));
    }

    private void checkSearchAndDocument(String root, String cookie) throws Exception {
        JsonNode views = json(get(root + "/api/views", cookie));
        assertEquals("recherche", views.get(0).get("id").asText(), views.toString());
        assertEquals(200, get(root + "/vues/recherche", cookie).statusCode());

        JsonNode search = json(get(root + "/api/search?q=convention&limit=5", cookie));
        assertTrue(search.get("total").asInt() >= 2, search.toString());
        JsonNode hit = search.get("hits").get(0);
        assertTrue(hit.get("snippet").findValues("match").stream().anyMatch(JsonNode::asBoolean), hit.toString());
        JsonNode facets = json(get(root + "/api/search/facets?q=convention", cookie));
        assertTrue(facets.get("source").size() >= 1, facets.toString());
        assertTrue(facets.get("entities").size() >= 1, facets.toString());

        JsonNode document = json(get(root + "/api/documents/" + hit.get("id").asText(), cookie));
        String text = document.get("text").asText();
        JsonNode marks = document.get("marks");
        assertTrue(marks.size() > 0, document.toString());
        for (JsonNode mark : marks) {
            // stand-off spans rendered from the index, not found again: each one is where it says
            assertEquals(mark.get("text").asText(), text.substring(mark.get("begin").asInt(), mark.get("end").asInt()), mark.toString());
        }
        assertTrue(document.get("entities").size() > 0, document.toString());
        assertEquals(404, get(root + "/api/documents/0000nothing", cookie).statusCode());
        assertEquals(400, get(root + "/api/search?q=%22unclosed", cookie).statusCode());
    }

    private void checkRefusals(String root, int port, String cookie) throws Exception {
        assertEquals(401, get(root + "/api/views", null).statusCode(), "no token");
        assertEquals(401, get(root + "/api/views?token=forged", null).statusCode(), "a wrong token");
        assertEquals(403, send(HttpRequest.newBuilder(URI.create(root + "/api/views")).header("Cookie", cookie)
                .header("Origin", "http://evil.example")).statusCode(), "a foreign Origin");
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(root + "/api/search")).header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        assertEquals(403, send(post).statusCode(), "a POST without the CSRF header");
        String csrf = json(get(root + "/api/session", cookie)).get("csrf").asText();
        assertEquals(405, send(post.header("X-Vigie-CSRF", csrf)).statusCode(), "with it the guard lets it through");
        assertEquals("HTTP/1.1 403 Forbidden", rawStatusLine(port, "rebound.example:" + port, cookie), "a foreign Host");
    }

    /** The JDK's client will not send a Host of one's choosing: a rebound page's request, by hand. */
    private static String rawStatusLine(int port, String host, String cookie) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/views HTTP/1.1\r\nHost: " + host + "\r\nCookie: " + cookie + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    private HttpResponse<String> get(String url, String cookie) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url));
        return send(cookie == null ? builder : builder.header("Cookie", cookie));
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) throws Exception {
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static BlockingQueue<String> lines(Process process) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        for (var stream : List.of(process.getInputStream(), process.getErrorStream())) {
            Thread reader = new Thread(() -> {
                try {
                    new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8)).lines().forEach(lines::add);
                } catch (java.io.UncheckedIOException e) {
                    lines.add("(output closed: " + e.getCause().getMessage() + ")"); // the process was destroyed
                }
            });
            reader.setDaemon(true);
            reader.start();
        }
        return lines;
    }

    private static String awaitUrl(BlockingQueue<String> lines, Process vigie) throws InterruptedException {
        StringBuilder seen = new StringBuilder();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < end) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith("web workbench: ")) {
                return line.substring("web workbench: ".length());
            }
            if (line != null) {
                seen.append(line).append('\n');
            } else if (!vigie.isAlive()) {
                break;
            }
        }
        throw new AssertionError("web:serve printed no address:\n" + seen);
    }
}
