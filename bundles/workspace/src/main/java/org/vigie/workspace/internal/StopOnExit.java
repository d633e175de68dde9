package org.vigie.workspace.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Under the launcher ({@code vigie.launcher} set), stops the framework when the JVM exits — the
 * {@code System.exit} that ends a batch run, Ctrl-C, {@code kill} — so that every component is
 * deactivated and every store commits and closes before the process ends. The bnd launcher
 * stops the framework only when asked, never on exit: without this, results an index had not yet
 * committed were lost with the process.
 */
@Component(immediate = true)
public class StopOnExit {

    /** How long the exiting JVM waits for the framework to stop. */
    static final long WAIT_MILLIS = 30_000;
    private static final Logger LOG = LoggerFactory.getLogger(StopOnExit.class);

    private final Thread hook;

    @Activate
    public StopOnExit(BundleContext context) {
        Bundle system = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
        hook = context.getProperty("vigie.launcher") == null ? null : new Thread(() -> stop(system), "vigie-stop-on-exit");
        if (hook != null) {
            Runtime.getRuntime().addShutdownHook(hook);
        }
    }

    private static void stop(Bundle system) {
        try {
            system.stop();
            if (system instanceof Framework framework) {
                framework.waitForStop(WAIT_MILLIS);
            }
        } catch (BundleException | IllegalStateException e) {
            System.err.println("vigie: the framework did not stop cleanly on exit: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("vigie: interrupted while stopping the framework on exit");
        }
    }

    @Deactivate
    void deactivate() {
        if (hook == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            LOG.debug("the JVM is exiting: this component's hook is what stops the framework");
        }
    }
}
