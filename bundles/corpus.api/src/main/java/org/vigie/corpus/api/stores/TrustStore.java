package org.vigie.corpus.api.stores;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Objects;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.vigie.corpus.api.CorpusException;

/**
 * The TLS trust for a cluster whose certificate comes from its own authority: a PKCS12 or JKS
 * trust store and the file holding its password on its first line (null: none). The cluster store
 * and the health check before a switch both build their TLS context here, so they trust the same
 * certificates.
 *
 * @param file the trust store
 * @param passwordFile the file holding its password, or null
 * @since 1.1.0
 */
public record TrustStore(Path file, Path passwordFile) {

    public TrustStore {
        Objects.requireNonNull(file, "file");
    }

    /** A TLS context trusting exactly the certificates of the store; one line naming the file when it cannot be read. */
    public SSLContext sslContext() {
        try {
            char[] password = passwordFile == null ? null : firstLine(passwordFile).toCharArray();
            KeyStore trusted = KeyStore.getInstance(file.toFile(), password);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new CorpusException("cannot read the trust store " + file + ": " + e.getMessage(), e);
        }
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new CorpusException("cannot read the trust store password file " + file + ": " + e, e);
        }
    }
}
