package org.vigie.itests.e2e;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The activator of the hostile plugin {@link PluginShutdownTest} installs: its stop never ends,
 * and it even ignores interrupts, as a plugin spinning on a dead connection would.
 */
public class HangingStopActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        // starts at once
    }

    @Override
    public void stop(BundleContext context) {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // deliberately ignored: this plugin is the hang under test
            }
        }
    }
}
