package org.vigie.web.internal.serve;

import java.io.IOException;
import java.util.Hashtable;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.vigie.web.api.WorkbenchException;

/**
 * Opens and closes Felix HTTP's Jetty through its configuration (PID {@code org.apache.felix.http}).
 * The distribution starts it with {@code org.apache.felix.http.enable=false}: no port at start-up.
 * Serving writes a configuration enabling HTTP on 127.0.0.1 only; closing deletes it, and Jetty
 * falls back to the framework's properties, disabled again.
 */
final class HttpRuntimeConfig {

    static final String PID = "org.apache.felix.http";

    private final ConfigurationAdmin admin;

    HttpRuntimeConfig(ConfigurationAdmin admin) {
        this.admin = admin;
    }

    void open(int port) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("org.apache.felix.http.enable", true);
        properties.put("org.apache.felix.https.enable", false);
        properties.put("org.apache.felix.http.host", "127.0.0.1");
        properties.put("org.osgi.service.http.port", port);
        properties.put("org.apache.felix.http.jetty.sendServerHeader", false);
        properties.put("org.apache.felix.http.name", "vigie");
        try {
            admin.getConfiguration(PID, "?").update(properties);
        } catch (IOException e) {
            throw new WorkbenchException("cannot configure the HTTP runtime: " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the configuration, if any: also one left behind by a Vigie that was killed while
     * serving (ConfigAdmin keeps configurations in the framework cache).
     *
     * @return whether there was one
     */
    boolean close() {
        try {
            Configuration[] found = admin.listConfigurations("(service.pid=" + PID + ")");
            if (found == null) {
                return false;
            }
            for (Configuration configuration : found) {
                configuration.delete();
            }
            return true;
        } catch (IOException | InvalidSyntaxException e) {
            throw new WorkbenchException("cannot close the HTTP runtime: " + e.getMessage(), e);
        }
    }
}
