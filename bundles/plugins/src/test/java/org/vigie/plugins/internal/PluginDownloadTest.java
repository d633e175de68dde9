package org.vigie.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.plugins.api.InstallOptions;
import org.vigie.plugins.api.PluginException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** Plugin downloads from a local HTTP server on 127.0.0.1: one fetch, checked, within limits, nothing left on failure. */
class PluginDownloadTest {
    private static final InstallOptions INSECURE = new InstallOptions(true, null);
    private static final java.util.Map<String, byte[]> BUNDLES = new java.util.concurrent.ConcurrentHashMap<>();

    @TempDir
    Path dir;
    private Path tmp;
    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    private int requests;

    @BeforeEach
    void startServer() throws IOException {
        tmp = dir.resolve("tmp");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/plugin.jar", exchange -> send(exchange, bundle("org.example.good", 0)));
        server.createContext("/big.jar", exchange -> send(exchange, bundle("org.example.big", 3 * 1024 * 1024)));
        server.createContext("/chunked-big.jar", exchange -> sendChunked(exchange, bundle("org.example.big", 3 * 1024 * 1024)));
        server.createContext("/silent.jar", this::neverAnswer);
        server.createContext("/stalls.jar", this::stallAfterHeaders);
        server.createContext("/missing.jar", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.createContext("/not-a-bundle.jar", exchange -> send(exchange, jar(new Manifest(), 0)));
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void aJarIsDownloadedOnceAndTheBytesCheckedAreTheBytesKept() throws Exception {
        byte[] served = bundle("org.example.good", 0);
        String sha = sha256(served);

        PluginDownload.Fetched fetched = download(1).fetch(url("/plugin.jar"), new InstallOptions(true, sha.toUpperCase()));

        assertEquals(1, requests, "one download");
        assertEquals("org.example.good", fetched.symbolicName());
        assertEquals("org.example.good-1.0.0.jar", fetched.fileName());
        assertArrayEquals(served, Files.readAllBytes(fetched.file()));
        assertTrue(fetched.file().startsWith(tmp));
    }

    @Test
    void plainHttpIsRefusedUnlessInsecureIsAsked() {
        PluginException e = assertThrows(PluginException.class,
                () -> download(1).fetch(url("/plugin.jar"), InstallOptions.DEFAULT));

        assertTrue(e.getMessage().contains("http: is not a secure source") && e.getMessage().contains("--insecure"),
                e.getMessage());
        assertEquals(0, requests, "nothing is fetched");
        assertNothingLeft();
    }

    @Test
    void aJarLargerThanTheLimitIsRefusedAndNothingIsLeft() {
        for (String path : List.of("/big.jar", "/chunked-big.jar")) {
            PluginException e = assertThrows(PluginException.class, () -> download(1).fetch(url(path), INSECURE));

            assertTrue(e.getMessage().contains("larger than the 1 MiB"), e.getMessage());
            assertNothingLeft();
        }
    }

    @Test
    void aServerThatDoesNotAnswerFailsWithinTheReadTimeout() {
        for (String path : List.of("/silent.jar", "/stalls.jar")) {
            PluginException e = assertThrows(PluginException.class, () -> download(1).fetch(url(path), INSECURE));

            assertTrue(e.getMessage().contains("did not answer in time"), e.getMessage());
            assertNothingLeft();
        }
    }

    @Test
    void aDigestMismatchIsRefusedAndNothingIsLeft() {
        String other = "0".repeat(64);
        PluginException e = assertThrows(PluginException.class,
                () -> download(1).fetch(url("/plugin.jar"), new InstallOptions(true, other)));

        assertTrue(e.getMessage().contains("its SHA-256 is ") && e.getMessage().contains("not the " + other), e.getMessage());
        assertNothingLeft();
    }

    @Test
    void aMalformedDigestIsRefusedBeforeAnything() {
        PluginException e = assertThrows(PluginException.class, () -> new InstallOptions(false, "abc"));
        assertTrue(e.getMessage().contains("64 hexadecimal digits"), e.getMessage());
    }

    @Test
    void anHttpErrorAJarWithoutBundleManifestAndATruncatedJarAreRefused() throws Exception {
        assertTrue(assertThrows(PluginException.class, () -> download(1).fetch(url("/missing.jar"), INSECURE))
                .getMessage().contains("404"));
        assertTrue(assertThrows(PluginException.class, () -> download(1).fetch(url("/not-a-bundle.jar"), INSECURE))
                .getMessage().contains("no Bundle-SymbolicName"));
        byte[] whole = bundle("org.example.cut", 10_000);
        Path cut = Files.write(dir.resolve("cut.jar"), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertTrue(assertThrows(PluginException.class, () -> download(1).fetch(cut.toString(), InstallOptions.DEFAULT))
                .getMessage().contains("not a readable jar"));
        assertNothingLeft();
    }

    @Test
    void aFileOrFileUrlIsAcceptedWithoutInsecure() throws Exception {
        Path jar = Files.write(dir.resolve("local.jar"), bundle("org.example.local", 0));

        assertEquals("org.example.local", download(1).fetch(jar.toString(), InstallOptions.DEFAULT).symbolicName());
        assertEquals("org.example.local", download(1).fetch(jar.toUri().toString(), InstallOptions.DEFAULT).symbolicName());
    }

    @Test
    void aFileUrlToAnythingButAPlainFileIsRefused() throws Exception {
        Path fifo = dir.resolve("fifo.jar");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());

        for (Path notAFile : List.of(fifo, dir)) {
            PluginException e = assertThrows(PluginException.class,
                    () -> download(1).fetch(notAFile.toUri().toString(), InstallOptions.DEFAULT));
            assertTrue(e.getMessage().endsWith(": no such file"), e.getMessage());
        }
        assertNothingLeft();
    }

    @Test
    void aJarNeverReplacesAnotherPluginsJar() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path other = Files.write(plugins.resolve("org.example.good-1.0.0.jar"), bundle("org.example.other", 0));
        byte[] before = Files.readAllBytes(other);
        PluginDownload.Fetched fetched = download(1).fetch(url("/plugin.jar"), INSECURE);

        PluginException e = assertThrows(PluginException.class, () -> new DropFolder(plugins).place("x", fetched));

        assertTrue(e.getMessage().contains("is already the jar of plugin org.example.other"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(other));
        assertNothingLeft();
    }

    @Test
    void aJarOfTheSamePluginReplacesItsOlderCopy() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Files.write(plugins.resolve("org.example.good-1.0.0.jar"), bundle("org.example.good", 5));
        PluginDownload.Fetched fetched = download(1).fetch(url("/plugin.jar"), INSECURE);

        Path placed = new DropFolder(plugins).place("x", fetched);

        assertArrayEquals(bundle("org.example.good", 0), Files.readAllBytes(placed));
        assertNothingLeft();
    }

    private PluginDownload download(int maxMiB) {
        Duration second = Duration.ofSeconds(1);
        return new PluginDownload(tmp, new PluginLimits(maxMiB, second, second, Duration.ofSeconds(60), second, second));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void assertNothingLeft() {
        try (var left = Files.exists(tmp) ? Files.list(tmp) : java.util.stream.Stream.<Path>empty()) {
            assertEquals(List.of(), left.toList(), "no partial file is left");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void send(HttpExchange exchange, byte[] body) throws IOException {
        requests++;
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void sendChunked(HttpExchange exchange, byte[] body) throws IOException {
        requests++;
        exchange.sendResponseHeaders(200, 0); // no length: the client only learns the size by reading
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException e) {
            // the client hung up once past the limit: what this test expects
        }
    }

    /** Accepts the request and says nothing until the test ends. */
    private void neverAnswer(HttpExchange exchange) {
        awaitRelease();
        exchange.close();
    }

    /** Sends the headers and a few bytes, then nothing until the test ends. */
    private void stallAfterHeaders(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        exchange.getResponseBody().write(new byte[] {'P', 'K'});
        exchange.getResponseBody().flush();
        awaitRelease();
        exchange.close();
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The same bytes for the same bundle, whenever asked: a jar's entries hold the time it was written. */
    static byte[] bundle(String symbolicName, int padding) throws IOException {
        byte[] known = BUNDLES.get(symbolicName + "/" + padding);
        if (known == null) {
            known = newBundle(symbolicName, padding);
            BUNDLES.put(symbolicName + "/" + padding, known);
        }
        return known;
    }

    private static byte[] newBundle(String symbolicName, int padding) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName + ";singleton:=true");
        main.putValue("Bundle-Version", "1.0.0");
        return jar(manifest, padding);
    }

    private static byte[] jar(Manifest manifest, int padding) throws IOException {
        if (manifest.getMainAttributes().isEmpty()) {
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            out.putNextEntry(new JarEntry("padding.bin"));
            byte[] noise = new byte[padding];
            new java.util.Random(padding).nextBytes(noise); // incompressible: the jar is as large as asked
            out.write(noise);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
