package org.vigie.corpus.stores.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.stores.StoreChoice;
import org.vigie.corpus.api.stores.StoreKind;

/**
 * The choice kept in the workspace ({@code WORKSPACE/config/store.properties}) so that the next
 * start uses it: the active kind, and the cluster last chosen or copied to (kept while the
 * embedded store is active, so {@code store:use opensearch} and {@code store:copy} need no URL
 * again). It names the password file, never the password. No file: the embedded store.
 *
 * @param active the kind to serve
 * @param cluster the OpenSearch settings, or null
 */
record SavedChoice(StoreKind active, StoreChoice cluster) {
    static final String FILE = "store.properties";

    SavedChoice {
        if (active == StoreKind.OPENSEARCH && cluster == null) {
            throw new CorpusException("the OpenSearch store is chosen but no cluster is named");
        }
    }

    /** The active store's settings. */
    StoreChoice activeChoice() {
        return active == StoreKind.EMBEDDED ? StoreChoice.embedded() : cluster;
    }

    /** This choice with {@code choice} made active (an OpenSearch one also becomes the cluster kept). */
    SavedChoice using(StoreChoice choice) {
        return new SavedChoice(choice.kind(), choice.kind() == StoreKind.OPENSEARCH ? choice : cluster);
    }

    /** This choice with {@code choice} kept as the cluster, the active kind unchanged. */
    SavedChoice remembering(StoreChoice choice) {
        return active == StoreKind.OPENSEARCH ? this : new SavedChoice(active, choice);
    }

    static SavedChoice read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return new SavedChoice(StoreKind.EMBEDDED, null);
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            String url = p.getProperty("opensearch.url");
            StoreChoice cluster = url == null ? null : new StoreChoice(StoreKind.OPENSEARCH, url,
                    p.getProperty("opensearch.indexPrefix"), p.getProperty("opensearch.user"),
                    path(p, "opensearch.passwordFile"), path(p, "opensearch.trustStore"),
                    path(p, "opensearch.trustStorePasswordFile"));
            return new SavedChoice(StoreKind.of(p.getProperty("active", "embedded")), cluster);
        } catch (IOException | IllegalArgumentException e) {
            throw new CorpusException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (CorpusException e) {
            throw new CorpusException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the file whole or not at all (a temporary file moved into place). */
    void write(Path dir) {
        Properties p = new Properties();
        p.setProperty("active", active.id());
        if (cluster != null) {
            p.setProperty("opensearch.url", cluster.url());
            putIfSet(p, "opensearch.indexPrefix", cluster.indexPrefix());
            putIfSet(p, "opensearch.user", cluster.user());
            putIfSet(p, "opensearch.passwordFile", OpenSearchSettings.absolute(cluster.passwordFile()));
            putIfSet(p, "opensearch.trustStore", OpenSearchSettings.absolute(cluster.trustStore()));
            putIfSet(p, "opensearch.trustStorePasswordFile", OpenSearchSettings.absolute(cluster.trustStorePasswordFile()));
        }
        Path file = dir.resolve(FILE);
        try {
            Path temp = Files.createTempFile(dir, "." + FILE, ".part");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "Vigie's corpus store (store:use); the password stays in its own file");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CorpusException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path path(Properties p, String key) {
        String value = p.getProperty(key);
        return value == null ? null : Path.of(value);
    }

    private static void putIfSet(Properties p, String key, String value) {
        if (value != null) {
            p.setProperty(key, value);
        }
    }
}
