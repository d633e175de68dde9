package org.vigie.corpus.stores.internal;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.stores.StoreChoice;
import org.vigie.corpus.api.stores.StoreKind;

/**
 * Serves or retires each store through its Configuration Admin configuration, never touching a
 * store's other settings:
 * <ul>
 * <li>the embedded store (PID {@value #EMBEDDED_PID}, configuration optional) is retired by
 * pointing its DS 1.5 satisfying condition at a condition nobody registers ({@value #NEVER}), and
 * served again by removing that target;</li>
 * <li>the OpenSearch store (PID {@value #OPENSEARCH_PID}, configuration required) is served by
 * writing its configuration and retired by deleting it.</li>
 * </ul>
 * A store served as a copy's target also gets {@code vigie.corpus.store.role=copy} and a
 * {@code service.ranking} below the active store's, so no consumer binds it.
 */
final class StoreConfigurations {
    static final String EMBEDDED_PID = "org.vigie.corpus.store";
    static final String OPENSEARCH_PID = "org.vigie.corpus.opensearch";
    static final String SATISFYING = "osgi.ds.satisfying.condition.target";
    static final String NEVER = "(osgi.condition.id=vigie.store.unselected)";
    static final String ROLE = "vigie.corpus.store.role";
    static final String RANKING = "service.ranking";
    private static final int COPY_RANKING = -1000;

    private final ConfigurationAdmin admin;

    StoreConfigurations(ConfigurationAdmin admin) {
        this.admin = admin;
    }

    /** Makes {@code choice} registered, as the active store or as a copy's target; returns whether anything changed. */
    boolean serve(StoreChoice choice, boolean copyTarget) {
        if (choice.kind() == StoreKind.EMBEDDED && !copyTarget && find(EMBEDDED_PID) == null) {
            return false; // served by default: creating an empty configuration would only restart it
        }
        Dictionary<String, Object> props = current(choice.kind());
        props.remove(SATISFYING);
        props.remove(ROLE);
        props.remove(RANKING);
        if (choice.kind() == StoreKind.OPENSEARCH) {
            OpenSearchSettings.write(choice, props);
        }
        if (copyTarget) {
            props.put(ROLE, "copy");
            props.put(RANKING, COPY_RANKING);
        }
        return update(choice.kind(), props);
    }

    /** Makes the store of this kind unregistered; returns whether anything changed. */
    boolean retire(StoreKind kind) {
        try {
            if (kind == StoreKind.OPENSEARCH) {
                Configuration config = find(OPENSEARCH_PID);
                if (config != null) {
                    config.delete();
                }
                return config != null;
            }
            Dictionary<String, Object> props = current(kind);
            props.remove(ROLE);
            props.remove(RANKING);
            props.put(SATISFYING, NEVER);
            return update(kind, props);
        } catch (IOException e) {
            throw new CorpusException("cannot retire the " + kind.id() + " store: " + e.getMessage(), e);
        }
    }

    private Dictionary<String, Object> current(StoreKind kind) {
        Configuration config = find(pid(kind));
        Dictionary<String, Object> props = config == null ? null : config.getProperties();
        return props == null ? new Hashtable<>() : props;
    }

    private Configuration find(String pid) {
        try {
            Configuration[] found = admin.listConfigurations("(service.pid=" + pid + ")");
            return found == null ? null : found[0];
        } catch (IOException | org.osgi.framework.InvalidSyntaxException e) {
            throw new CorpusException("cannot read the configuration " + pid + ": " + e.getMessage(), e);
        }
    }

    private boolean update(StoreKind kind, Dictionary<String, Object> props) {
        try {
            // "?": a multi-location binding, so the store's own bundle gets it whoever wrote it
            return admin.getConfiguration(pid(kind), "?").updateIfDifferent(props);
        } catch (IOException e) {
            throw new CorpusException("cannot configure the " + kind.id() + " store: " + e.getMessage(), e);
        }
    }

    private static String pid(StoreKind kind) {
        return kind == StoreKind.EMBEDDED ? EMBEDDED_PID : OPENSEARCH_PID;
    }
}
