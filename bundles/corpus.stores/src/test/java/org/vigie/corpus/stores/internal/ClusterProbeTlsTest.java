package org.vigie.corpus.stores.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.stores.StoreChoice;
import org.vigie.corpus.api.stores.StoreKind;
import org.vigie.corpus.api.stores.TrustStore;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * Against an {@code https} server whose certificate no public authority signed (made by the JDK's
 * keytool): the health check trusts it through the cluster's trust store, as the store does, and
 * without it fails with a line saying what to give.
 */
class ClusterProbeTlsTest {
    @TempDir
    static Path dir;

    private static HttpsServer server;

    @BeforeAll
    static void start() throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        assumeTrue(Files.isExecutable(keytool), "no keytool in " + keytool.getParent() + ": cannot make a certificate");
        keytool(keytool, "-genkeypair", "-alias", "node", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-keystore", "node.p12", "-storetype", "PKCS12",
                "-storepass", "nodepass", "-keypass", "nodepass");
        keytool(keytool, "-exportcert", "-alias", "node", "-keystore", "node.p12", "-storepass", "nodepass", "-file", "node.cer");
        keytool(keytool, "-importcert", "-noprompt", "-alias", "node", "-file", "node.cer", "-keystore", "trust.p12",
                "-storetype", "PKCS12", "-storepass", "trustpass");
        Files.writeString(dir.resolve("trust.password"), "trustpass\n");
        Files.writeString(dir.resolve("node.password"), "nodepass\n");
        SSLContext nodeContext = SSLContext.getInstance("TLS");
        var keys = javax.net.ssl.KeyManagerFactory.getInstance(javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
        keys.init(java.security.KeyStore.getInstance(dir.resolve("node.p12").toFile(), "nodepass".toCharArray()),
                "nodepass".toCharArray());
        nodeContext.init(keys.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(nodeContext));
        server.createContext("/_cluster/health", exchange -> {
            byte[] body = "{\"status\":\"green\",\"number_of_nodes\":1}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void keytool(Path keytool, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(keytool.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "keytool " + args[0] + ": " + output);
    }

    private static String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void theHealthCheckTrustsTheClustersOwnTrustStore() {
        StoreChoice cluster = new StoreChoice(StoreKind.OPENSEARCH, url(), null, null, null,
                dir.resolve("trust.p12"), dir.resolve("trust.password"));
        assertEquals("green (1 node)", new ClusterProbe().health(cluster).toString());
    }

    @Test
    void theHealthCheckUsesTheJdksTrustOnlyWhenTheClusterHasNoTrustStore() throws Exception {
        StoreChoice own = new StoreChoice(StoreKind.OPENSEARCH, url(), null, null, null,
                dir.resolve("trust.p12"), dir.resolve("trust.password"));
        assertEquals(new TrustStore(dir.resolve("trust.p12"), dir.resolve("trust.password")), own.trust().orElseThrow());
        assertNotSame(SSLContext.getDefault(), ClusterProbe.client(own).sslContext());
        StoreChoice jdk = new StoreChoice(StoreKind.OPENSEARCH, url(), null, null, null);
        assertSame(SSLContext.getDefault(), ClusterProbe.client(jdk).sslContext());
    }

    @Test
    void withoutTheTrustStoreTheHandshakeFailsSayingWhatToGive() {
        StoreChoice cluster = new StoreChoice(StoreKind.OPENSEARCH, url(), null, null, null);
        CorpusException e = assertThrows(CorpusException.class, () -> new ClusterProbe().health(cluster));
        assertTrue(e.getMessage().startsWith("cannot reach OpenSearch at " + url() + ": TLS handshake failed"), e.getMessage());
        assertTrue(e.getMessage().endsWith("needs --trust-store FILE"), e.getMessage());
    }

    @Test
    void aTrustStoreWithTheWrongPasswordIsOneLineNamingIt() throws IOException {
        Files.writeString(dir.resolve("wrong.password"), "nope\n");
        StoreChoice cluster = new StoreChoice(StoreKind.OPENSEARCH, url(), null, null, null,
                dir.resolve("trust.p12"), dir.resolve("wrong.password"));
        CorpusException e = assertThrows(CorpusException.class, () -> new ClusterProbe().health(cluster));
        assertTrue(e.getMessage().startsWith("cannot read the trust store " + dir.resolve("trust.p12") + ": "), e.getMessage());
    }
}
