package org.vigie.web.internal.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;

import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.web.api.Workbench;
import org.vigie.web.api.WorkbenchAddress;
import org.vigie.web.api.WorkbenchException;

/**
 * Serves the workbench on demand: new {@link AccessKeys}, then the HTTP runtime enabled on
 * 127.0.0.1 (its configuration), then the wait for its endpoint. Closing undoes both; so does
 * Vigie's stop. Immediate, so that a configuration left by a Vigie killed while serving is
 * deleted as soon as the bundle starts (the launcher, {@code ./vigie}, deletes its file before
 * the framework even starts; this covers other launches).
 */
@Component(service = Workbench.class, immediate = true)
public class WorkbenchServer implements Workbench {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchServer.class);
    /** How long serving waits for Jetty to listen (it starts in well under a second). */
    static final long START_MILLIS = 20_000;

    private final HttpRuntimeConfig runtime;
    private final RuntimeEndpoint endpoint;
    private final AccessKeys keys;
    private final AtomicReference<WorkbenchAddress> address = new AtomicReference<>();

    @Activate
    public WorkbenchServer(BundleContext context, @Reference ConfigurationAdmin admin, @Reference AccessKeys keys) {
        this.runtime = new HttpRuntimeConfig(admin);
        this.endpoint = new RuntimeEndpoint(context);
        this.keys = keys;
        if (runtime.close()) {
            LOG.warn("deleted the HTTP runtime's configuration left by a Vigie stopped while serving");
        }
    }

    @Override
    public synchronized WorkbenchAddress serve(int port) {
        if (port < 0 || port > 65_535) {
            throw new WorkbenchException("port " + port + " is not a TCP port (0 to 65535; 0 picks a free one)");
        }
        if (address.get() != null) {
            throw new WorkbenchException("the workbench is already served at " + address.get().root() + " (web:stop first)");
        }
        checkFree(port);
        AccessKeys.Keys fresh = AccessKeys.fresh();
        keys.open(fresh);
        runtime.open(port);
        OptionalInt bound;
        try {
            bound = endpoint.await(port, START_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new WorkbenchException("interrupted while the web server was starting", e);
        }
        if (bound.isEmpty()) {
            close();
            throw new WorkbenchException("the web server did not start on 127.0.0.1:" + port + " within "
                    + START_MILLIS / 1000 + " s (see the log)");
        }
        WorkbenchAddress served = new WorkbenchAddress(bound.getAsInt(), fresh.token());
        address.set(served);
        LOG.info("web workbench served at {}", served.root());
        return served;
    }

    @Override
    public Optional<WorkbenchAddress> address() {
        return Optional.ofNullable(address.get());
    }

    @Override
    public synchronized boolean stop() {
        boolean serving = address.getAndSet(null) != null;
        close();
        if (serving) {
            LOG.info("web workbench closed");
        }
        return serving;
    }

    @Deactivate
    void deactivate() {
        stop();
    }

    private void close() {
        keys.close();
        runtime.close();
        try {
            // so that a serve right after sees the new endpoint, not this one going away
            if (!endpoint.awaitClosed(START_MILLIS)) {
                LOG.warn("the HTTP runtime still listened {} s after it was closed", START_MILLIS / 1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void checkFree(int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new WorkbenchException("port " + port + " of 127.0.0.1 is taken (" + e.getMessage()
                    + "): choose another with --port, or 0 for a free one", e);
        }
    }
}
