package org.vigie.corpus.stores.internal;

import java.nio.file.Path;
import java.util.Dictionary;

import org.vigie.corpus.api.stores.StoreChoice;
import org.vigie.corpus.api.stores.StoreKind;

/**
 * The OpenSearch store's configuration properties (its README, PID
 * {@value StoreConfigurations#OPENSEARCH_PID}): the URL, the index prefix, the user, the path
 * of the password file, and the TLS trust store with its password file's path. The password itself is never put in a configuration: Configuration
 * Admin's printouts and persisted files show every property.
 */
final class OpenSearchSettings {
    static final String URL = "url";
    static final String INDEX_PREFIX = "indexPrefix";
    static final String USER = "user";
    static final String PASSWORD_FILE = "passwordFile";
    static final String TRUST_STORE = "trustStore";
    static final String TRUST_STORE_PASSWORD_FILE = "trustStorePasswordFile";

    private OpenSearchSettings() {
    }

    static void write(StoreChoice choice, Dictionary<String, Object> props) {
        props.put(StoreKind.PROPERTY, StoreKind.OPENSEARCH.id());
        props.put(URL, choice.url());
        put(props, INDEX_PREFIX, choice.indexPrefix());
        put(props, USER, choice.user());
        put(props, PASSWORD_FILE, absolute(choice.passwordFile()));
        put(props, TRUST_STORE, absolute(choice.trustStore()));
        put(props, TRUST_STORE_PASSWORD_FILE, absolute(choice.trustStorePasswordFile()));
    }

    static String absolute(Path file) {
        return file == null ? null : file.toAbsolutePath().toString();
    }

    private static void put(Dictionary<String, Object> props, String key, String value) {
        if (value == null) {
            props.remove(key);
        } else {
            props.put(key, value);
        }
    }
}
