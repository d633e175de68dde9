package org.vigie.corpus.opensearch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.CorpusException;

/** The cluster's address and credentials, and what is said when it cannot be reached: never the password. */
class ClusterSettingsTest {
    private static final String SECRET = "s3cret-Pa55";

    @TempDir
    Path dir;

    @Test
    void readsThePasswordFromItsFileIntoTheHeaderOnly() throws IOException {
        Path file = Files.writeString(dir.resolve("password"), SECRET + "\n");
        ClusterSettings settings = ClusterSettings.of(TestStores.config("https://search.example:9200/x", "v", "analyst",
                file.toString(), 1));
        assertEquals("[https://search.example:9200/]", settings.urls().toString());
        assertEquals("Basic " + Base64.getEncoder().encodeToString(("analyst:" + SECRET).getBytes()),
                settings.authorization().orElseThrow());
        assertEquals("OpenSearch https://search.example:9200/ (basic auth)", settings.toString());
        assertFalse(settings.toString().contains(SECRET));
    }

    @Test
    void takesSeveralNodesAndMovesToTheNextWhenOneIsDown() throws IOException {
        int down = freePort();
        try (ServerSocket up = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            ClusterSettings settings = ClusterSettings.of(TestStores.config("http://127.0.0.1:" + down
                    + ", http://127.0.0.1:" + up.getLocalPort(), "v", "", "", 2));
            ClusterClient client = new ClusterClient(settings.client(), settings);
            assertEquals(2, settings.urls().size());
            Thread answer = new Thread(() -> answerOnce(up));
            answer.start();
            assertEquals(200, client.get("").status());
            assertEquals("http://127.0.0.1:" + up.getLocalPort() + "/", client.where());
        }
    }

    private static void answerOnce(ServerSocket server) {
        try (Socket socket = server.accept()) {
            socket.getInputStream().read(new byte[4096]);
            socket.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}".getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aUrlWithAPasswordIsRefusedWithoutRepeatingIt() {
        CorpusException e = assertThrows(CorpusException.class,
                () -> ClusterSettings.of(TestStores.config("http://analyst:" + SECRET + "@localhost:9200", "v", "", "", 1)));
        assertEquals("the OpenSearch url must not hold a user or password: give user and passwordFile", e.getMessage());
    }

    @Test
    void aMissingPasswordFileIsNamed() {
        Path missing = dir.resolve("nothing-here");
        CorpusException e = assertThrows(CorpusException.class,
                () -> ClusterSettings.of(TestStores.config("http://localhost:9200", "v", "analyst", missing.toString(), 1)));
        assertTrue(e.getMessage().startsWith("cannot read the OpenSearch password file " + missing), e.getMessage());
    }

    @Test
    void anUnreachableClusterIsOneLineNamingIt() throws IOException {
        int port = freePort();
        Path file = Files.writeString(dir.resolve("password"), SECRET);
        OpenSearchCorpusStore store = new OpenSearchCorpusStore(TestStores.config("http://127.0.0.1:" + port, "v",
                "analyst", file.toString(), 2));
        CorpusException e = assertThrows(CorpusException.class, store::count);
        assertEquals("cannot reach the OpenSearch cluster at http://127.0.0.1:" + port + "/: connection refused",
                e.getMessage());
    }
}
