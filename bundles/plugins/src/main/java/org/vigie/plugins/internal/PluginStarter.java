package org.vigie.plugins.internal;

import java.time.Duration;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.plugins.api.PluginInfo;

/**
 * Starts a plugin at the plugins' start level, within the start limit. Plugins run at their own
 * start level, above the distribution's: a plugin never starts before the bundles it extends.
 * The launcher takes the framework to that level once it has started the distribution's bundles
 * (its beginning level); nothing here moves the framework.
 */
final class PluginStarter {
    private static final Logger LOG = LoggerFactory.getLogger(PluginStarter.class);

    private final int pluginLevel;
    private final PluginDescriptions descriptions;
    private final Supplier<PluginLimits> limits;

    PluginStarter(int pluginLevel, PluginDescriptions descriptions, Supplier<PluginLimits> limits) {
        this.pluginLevel = pluginLevel;
        this.descriptions = descriptions;
        this.limits = limits;
    }

    /**
     * Starts a plugin within the start limit; a failure to resolve or activate, or to start in
     * time, is reported in the result, not thrown.
     */
    PluginInfo start(Bundle bundle) {
        try {
            runAtPluginLevel(bundle);
            Duration limit = limits.get().start();
            if (!TimeLimit.run("vigie-plugin-start-" + bundle.getSymbolicName(), limit, bundle::start)) {
                LOG.warn("plugin {} did not start within {} s", bundle.getSymbolicName(), limit.toSeconds());
                return descriptions.describe(bundle, "it did not start within " + limit.toSeconds()
                        + " s; it is installed but not active");
            }
            return descriptions.describe(bundle);
        } catch (BundleException e) {
            LOG.warn("plugin {} does not start: {}", bundle.getSymbolicName(), e.getMessage());
            return descriptions.describe(bundle, PluginProblems.oneLine(e));
        }
    }

    private void runAtPluginLevel(Bundle bundle) {
        BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
        if (level != null && level.getStartLevel() != pluginLevel) {
            level.setStartLevel(pluginLevel);
        }
    }
}
