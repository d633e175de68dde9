package org.vigie.corpus.opensearch.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.stores.TrustStore;

/**
 * Where the cluster is and how to talk to it, read from the component's configuration: the
 * addresses of one or more of its nodes (comma-separated; without any user info), the basic-auth header (the password read from its file, and
 * shown nowhere), timeouts, attempts, and the TLS trust for an {@code https} cluster.
 */
record ClusterSettings(List<URI> urls, Optional<String> authorization, Duration connectTimeout,
        Duration requestTimeout, int attempts, Path trustStore, Path trustStorePasswordFile) {

    @Override
    public String toString() {
        return "OpenSearch " + urls.stream().map(URI::toString).collect(Collectors.joining(", ")) + authorization.map(a -> " (basic auth)").orElse("");
    }

    static ClusterSettings of(StoreConfig config) {
        List<URI> urls = Arrays.stream(config.url().split(",")).filter(url -> !url.isBlank())
                .map(ClusterSettings::address).toList();
        if (urls.isEmpty()) {
            throw new CorpusException("no OpenSearch url is configured (expected http(s)://host:port)");
        }
        Optional<String> authorization = Optional.empty();
        if (!config.user().isBlank()) {
            String password = config.passwordFile().isBlank() ? "" : firstLine(Path.of(config.passwordFile()), "password");
            authorization = Optional.of("Basic " + Base64.getEncoder()
                    .encodeToString((config.user() + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return new ClusterSettings(urls, authorization, Duration.ofSeconds(config.connectTimeoutSeconds()),
                Duration.ofSeconds(config.requestTimeoutSeconds()), Math.max(1, config.retries()),
                config.trustStore().isBlank() ? null : Path.of(config.trustStore()),
                config.trustStorePasswordFile().isBlank() ? null : Path.of(config.trustStorePasswordFile()));
    }

    /** An HTTP/1.1 client with these timeouts and trust. */
    HttpClient client() {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout);
        if (trustStore != null) {
            builder.sslContext(new TrustStore(trustStore, trustStorePasswordFile).sslContext());
        }
        return builder.build();
    }

    private static URI address(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new CorpusException("the OpenSearch url is not a valid address (expected http(s)://host:port)", e);
        }
        if (uri.getUserInfo() != null) {
            throw new CorpusException("the OpenSearch url must not hold a user or password: give user and passwordFile");
        }
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new CorpusException("the OpenSearch url '" + url + "' is not an http(s)://host:port address");
        }
        return URI.create(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + "/");
    }

    private static String firstLine(Path file, String what) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new CorpusException("cannot read the OpenSearch " + what + " file " + file + ": " + e, e);
        }
    }
}
