package org.vigie.testing.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One OpenSearch node run from the Maven-resolved distribution in a folder of its own, on
 * 127.0.0.1 only. OpenSearch refuses to run as root: as root (CI) the node's folders are given to
 * {@code nobody} and the node is started through {@code setpriv}. {@link #close()} stops the
 * process tree and deletes the folder (not a {@link NodeSettings#dataDir() given data folder}).
 */
public final class OpenSearchNode implements AutoCloseable {
    private final Process process;
    private final Path home;
    private final URI url;

    private OpenSearchNode(Process process, Path home, URI url) {
        this.process = process;
        this.home = home;
        this.url = url;
    }

    /** A node that is already running elsewhere (a real cluster): {@link #close()} leaves it alone. */
    public static OpenSearchNode external(URI url) {
        return new OpenSearchNode(null, null, url);
    }

    /** Starts a node; it is up when {@link NodeHealth#await} says so. */
    public static OpenSearchNode start(Path zip, Path analysisCommon, NodeSettings settings) throws IOException {
        Path home = Files.createTempDirectory("vigie-opensearch-");
        try {
            NodeHome.unpack(zip, analysisCommon, home);
            int http = settings.httpPort() == 0 ? freePort() : settings.httpPort();
            int transport = settings.transportPort() == 0 ? freePort() : settings.transportPort();
            Path data = NodeHome.configure(home, settings, http, transport);
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                giveToNobody(home);
                giveToNobody(data);
            }
            ProcessBuilder builder = new ProcessBuilder(command(root, home)).directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(home.resolve("logs/console.log").toFile());
            environment(builder.environment(), home, settings.heapMb());
            OpenSearchNode node = new OpenSearchNode(builder.start(), home, URI.create("http://127.0.0.1:" + http));
            Runtime.getRuntime().addShutdownHook(new Thread(node::close, "stop " + settings.nodeName()));
            return node;
        } catch (IOException | RuntimeException e) {
            delete(home);
            throw e;
        }
    }

    /** The node's REST address, {@code http://127.0.0.1:PORT}. */
    public URI url() {
        return url;
    }

    /** The server's process id (for {@code kill -9} in a soak test), or -1 for an external node. */
    public long pid() {
        return process == null ? -1 : process.pid();
    }

    /** Whether the server process is running (always true for an external node). */
    public boolean alive() {
        return process == null || process.isAlive();
    }

    /** The last lines the server printed, to say why it did not start. */
    public String lastOutput(int lines) {
        Path log = home == null ? null : home.resolve("logs/console.log");
        try {
            List<String> all = log == null || !Files.exists(log) ? List.of() : Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "cannot read " + log + ": " + e.getMessage();
        }
    }

    /** Stops the server and its children (TERM, then KILL after 20 s) and deletes its folder. */
    @Override
    public synchronized void close() {
        if (process == null || !Files.exists(home)) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                tree.forEach(ProcessHandle::destroyForcibly);
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            tree.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
        delete(home);
    }

    private static List<String> command(boolean root, Path home) {
        String script = home.resolve("bin/opensearch").toString();
        return root ? List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", script)
                : List.of(script);
    }

    private static void environment(Map<String, String> env, Path home, int heapMb) {
        String javaHome = System.getenv("OPENSEARCH_JAVA_HOME");
        env.put("OPENSEARCH_JAVA_HOME", javaHome != null ? javaHome : System.getProperty("java.home"));
        env.put("OPENSEARCH_JAVA_OPTS", "-Xms" + heapMb + "m -Xmx" + heapMb + "m");
        env.put("OPENSEARCH_TMPDIR", home.resolve("tmp").toString());
        env.put("HOME", home.toString());
    }

    private static void giveToNobody(Path dir) throws IOException {
        try {
            Process chown = new ProcessBuilder("chown", "-R", "nobody:nogroup", dir.toString())
                    .redirectErrorStream(true).start();
            String out = new String(chown.getInputStream().readAllBytes()).trim();
            if (chown.waitFor() != 0) {
                throw new IOException("cannot give " + dir + " to nobody: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while giving " + dir + " to nobody", e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
