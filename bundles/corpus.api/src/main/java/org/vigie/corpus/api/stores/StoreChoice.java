package org.vigie.corpus.api.stores;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.vigie.corpus.api.CorpusException;

/**
 * A corpus store to use: the embedded one, or an OpenSearch cluster at {@code url} with its
 * indices named from {@code indexPrefix}, and, for basic authentication, a user and the file
 * holding the password (never the password itself).
 *
 * @param kind which implementation
 * @param url the cluster's base URL ({@code http} or {@code https}, no credentials in it), or several
 *        nodes' URLs comma-separated; null when embedded
 * @param indexPrefix the prefix of the cluster's index names; null for the store's default
 * @param user the basic-authentication user; null for none
 * @param passwordFile the file holding that user's password; null exactly when {@code user} is
 * @param trustStore the trust store of an {@code https} cluster with its own certificate authority; null: the JDK's
 * @param trustStorePasswordFile the file holding the trust store's password; null for none (and without a trust store)
 */
public record StoreChoice(StoreKind kind, String url, String indexPrefix, String user, Path passwordFile,
        Path trustStore, Path trustStorePasswordFile) {

    public StoreChoice {
        Objects.requireNonNull(kind, "kind");
        if (kind == StoreKind.EMBEDDED && (url != null || indexPrefix != null || user != null || passwordFile != null
                || trustStore != null || trustStorePasswordFile != null)) {
            throw new CorpusException("the embedded store takes no --url, --index-prefix, --user, --password-file or --trust-store");
        }
        if (trustStore == null && trustStorePasswordFile != null) {
            throw new CorpusException("--trust-store-password-file needs --trust-store");
        }
        if (kind == StoreKind.OPENSEARCH) {
            url = checkedUrl(url);
        }
        if ((user == null) != (passwordFile == null)) {
            throw new CorpusException("--user and --password-file go together: give both or neither");
        }
        if (indexPrefix != null && !indexPrefix.matches("[a-z0-9][a-z0-9_.-]{0,60}")) {
            throw new CorpusException("bad index prefix '" + indexPrefix
                    + "': lower-case letters, digits, '_', '.', '-', at most 61, not starting with a sign");
        }
    }

    /** A cluster trusted through the JDK's certificate authorities (no trust store of its own). */
    public StoreChoice(StoreKind kind, String url, String indexPrefix, String user, Path passwordFile) {
        this(kind, url, indexPrefix, user, passwordFile, null, null);
    }

    /** The embedded store. */
    public static StoreChoice embedded() {
        return new StoreChoice(StoreKind.EMBEDDED, null, null, null, null);
    }

    /**
     * The TLS trust of the cluster, when it has its own trust store.
     *
     * @since 1.1.0
     */
    public Optional<TrustStore> trust() {
        return trustStore == null ? Optional.empty() : Optional.of(new TrustStore(trustStore, trustStorePasswordFile));
    }

    /** One line naming the store, its URL and user, never a secret. */
    public String describe() {
        if (kind == StoreKind.EMBEDDED) {
            return "embedded";
        }
        return "opensearch at " + url + (indexPrefix == null ? "" : " (index prefix " + indexPrefix + ")")
                + (user == null ? "" : " as " + user) + (trustStore == null ? "" : ", trusting " + trustStore);
    }

    /** The URLs of the nodes named by {@link #url()}, in order. */
    public List<String> urls() {
        return url == null ? List.of() : List.of(url.split(","));
    }

    private static String checkedUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new CorpusException("store opensearch needs --url, e.g. --url http://127.0.0.1:9200");
        }
        return Arrays.stream(url.split(",")).map(String::strip).map(StoreChoice::checkedNode)
                .collect(Collectors.joining(","));
    }

    private static String checkedNode(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new CorpusException("bad --url '" + url + "': " + e.getReason());
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new CorpusException("bad --url '" + url + "': an http:// or https:// address with a host is needed");
        }
        if (uri.getUserInfo() != null) {
            throw new CorpusException("bad --url: no credentials in the URL; use --user and --password-file");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new CorpusException("bad --url '" + url + "': no query or fragment");
        }
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
