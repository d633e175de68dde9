package org.vigie.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.vigie.plugins.api.InstallOptions;
import org.vigie.plugins.api.PluginException;

/**
 * Fetches a plugin jar once, into a temporary file of {@code WORKSPACE/tmp} (outside the plugins
 * folder, which FileInstall watches): only from an allowed source, within the time and size
 * limits, then checked (its digest when one is asked for, a bundle manifest with a symbolic name).
 * The bytes checked are the bytes installed. Any failure deletes the temporary file.
 * {@link PluginSource} says where from, {@link PluginJar} reads the manifest.
 */
final class PluginDownload {

    /** A fetched and checked jar, still in its temporary file. */
    record Fetched(Path file, String symbolicName, String version) {
        /** Its name in the plugins folder, {@code BSN-VERSION.jar}. */
        String fileName() {
            return symbolicName + "-" + version.replaceAll("[^A-Za-z0-9._-]", "_") + ".jar";
        }
    }

    private final Path tmp;
    private final PluginLimits limits;

    PluginDownload(Path tmp, PluginLimits limits) {
        this.tmp = tmp;
        this.limits = limits;
    }

    Fetched fetch(String location, InstallOptions options) {
        URI uri = PluginSource.allowed(location, PluginSource.toUri(location), options.insecure());
        Path part = createPart(location);
        try {
            String digest = copy(location, uri, part);
            if (options.sha256() != null && !options.sha256().equals(digest)) {
                throw new PluginException("cannot install plugin " + location + ": its SHA-256 is " + digest
                        + ", not the " + options.sha256() + " expected");
            }
            return PluginJar.check(location, part);
        } catch (RuntimeException e) {
            deleteQuietly(part, e);
            throw e;
        }
    }

    private Path createPart(String location) {
        try {
            Files.createDirectories(tmp);
            return Files.createTempFile(tmp, "plugin-", ".jar.part");
        } catch (IOException e) {
            throw new PluginException("cannot install plugin " + location + ": cannot write to " + tmp + ": "
                    + e.getMessage(), e);
        }
    }

    /** Copies the jar to {@code part} within the limits and returns its SHA-256. */
    private String copy(String location, URI uri, Path part) {
        long deadline = System.nanoTime() + limits.download().toNanos();
        try {
            URLConnection connection = open(uri);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = connection.getInputStream(); OutputStream out = Files.newOutputStream(part)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int n; (n = in.read(buffer)) >= 0;) {
                    total += n;
                    if (total > limits.maxBytes()) {
                        throw tooLarge(location);
                    }
                    if (System.nanoTime() > deadline) {
                        throw new PluginException("cannot install plugin " + location + ": the download took longer than "
                                + limits.download().toSeconds() + " s");
                    }
                    sha.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (SocketTimeoutException e) {
            throw new PluginException("cannot read plugin " + location + ": the server did not answer in time ("
                    + e.getMessage() + "; limits: connect " + limits.connectTimeout().toSeconds() + " s, read "
                    + limits.readTimeout().toSeconds() + " s)", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new PluginException("cannot read plugin " + location + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    private URLConnection open(URI uri) throws IOException {
        URLConnection connection = uri.toURL().openConnection();
        connection.setConnectTimeout((int) limits.connectTimeout().toMillis());
        connection.setReadTimeout((int) limits.readTimeout().toMillis());
        connection.setUseCaches(false);
        if (connection instanceof HttpURLConnection http) {
            int status = http.getResponseCode();
            if (status != HttpURLConnection.HTTP_OK) {
                throw new IOException("the server answered " + status + " " + http.getResponseMessage());
            }
            if (http.getContentLengthLong() > limits.maxBytes()) {
                http.disconnect();
                throw tooLarge(uri.toString());
            }
        }
        return connection;
    }

    private PluginException tooLarge(String location) {
        return new PluginException("cannot install plugin " + location + ": larger than the " + limits.maxMiB()
                + " MiB a plugin may be (configuration org.vigie.plugins.internal.PluginBundles, maxDownloadMiB)");
    }

    static void deleteQuietly(Path file, Exception cause) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
