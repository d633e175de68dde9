package org.vigie.corpus.stores.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.stores.StoreChoice;
import org.vigie.corpus.api.stores.StoreKind;

/** Against a small HTTP server answering {@code _cluster/health} as OpenSearch does. */
class ClusterProbeTest {
    private static final String PASSWORD = "s3cr3t-Pa55";

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> authorizations = new ArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aGreenClusterGivesItsStatusAndNodes() throws IOException {
        String url = serve(200, "{\"cluster_name\":\"c\",\"status\":\"green\",\"number_of_nodes\":2}");
        ClusterProbe.Health health = new ClusterProbe().health(cluster(url, null));
        assertEquals("green (2 nodes)", health.toString());
        assertFalse(health.red());
    }

    @Test
    void aRedClusterIsToldRed() throws IOException {
        String url = serve(200, "{\"status\":\"red\",\"number_of_nodes\":1}");
        assertTrue(new ClusterProbe().health(cluster(url, null)).red());
    }

    @Test
    void theCredentialsGoInTheHeaderAndARefusalNamesTheUserNotThePassword() throws IOException {
        String url = serve(401, "{\"error\":\"unauthorized\"}");
        Path password = Files.writeString(dir.resolve("pw"), PASSWORD + "\n");
        StoreChoice choice = new StoreChoice(StoreKind.OPENSEARCH, url, null, "analyst", password);

        CorpusException e = assertThrows(CorpusException.class, () -> new ClusterProbe().health(choice));

        assertEquals("OpenSearch at " + url + " refused the credentials of user analyst (HTTP 401)", e.getMessage());
        assertEquals(List.of("Basic " + java.util.Base64.getEncoder().encodeToString(
                ("analyst:" + PASSWORD).getBytes(StandardCharsets.UTF_8))), authorizations);
    }

    @Test
    void aNodeThatDoesNotAnswerIsPassedForTheNextOne() throws IOException {
        String up = serve(200, "{\"status\":\"yellow\",\"number_of_nodes\":1}");
        StoreChoice both = cluster(freeUrl() + "," + up, null);
        assertEquals("yellow (1 node)", new ClusterProbe().health(both).toString());
    }

    @Test
    void anUnreachableClusterIsOneLine() throws IOException {
        String url = freeUrl();
        CorpusException e = assertThrows(CorpusException.class, () -> new ClusterProbe().health(cluster(url, null)));
        assertEquals("cannot reach OpenSearch at " + url + ": connection refused", e.getMessage());
    }

    @Test
    void somethingElseThanOpenSearchIsNamedSo() throws IOException {
        String url = serve(404, "not here");
        CorpusException e = assertThrows(CorpusException.class, () -> new ClusterProbe().health(cluster(url, null)));
        assertEquals("OpenSearch at " + url + " answered HTTP 404 to _cluster/health: is it an OpenSearch cluster?",
                e.getMessage());
    }

    @Test
    void aMissingPasswordFileIsNamed() {
        Path missing = dir.resolve("none");
        StoreChoice choice = new StoreChoice(StoreKind.OPENSEARCH, "http://127.0.0.1:1", null, "analyst", missing);
        CorpusException e = assertThrows(CorpusException.class, () -> new ClusterProbe().health(choice));
        assertEquals("cannot read password file " + missing + ": no such file", e.getMessage());
    }

    private static String freeUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    private static StoreChoice cluster(String url, String user) {
        return new StoreChoice(StoreKind.OPENSEARCH, url, null, user, null);
    }

    private String serve(int code, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/_cluster/health", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (auth != null) {
                authorizations.add(auth);
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(code, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
