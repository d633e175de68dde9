package org.vigie.plugins.api;

import org.osgi.framework.BundleContext;

/**
 * The start level plugins run at, above the distribution's bundles (framework property
 * {@value #PROPERTY}), read in one place by the plugin service, the start watchdog and the shell.
 */
public final class PluginStartLevel {

    /** The framework property that holds the plugins' start level; 1 when it is not set. */
    public static final String PROPERTY = "vigie.plugins.startlevel";

    /** The framework property of the level the launcher starts the distribution at. */
    public static final String BEGINNING = "org.osgi.framework.startlevel.beginning";

    private PluginStartLevel() {
    }

    /** The plugins' start level. */
    public static int of(BundleContext context) {
        return level(context, PROPERTY);
    }

    /** The level a start reaches once the plugins have started: the higher of the two levels. */
    public static int target(BundleContext context) {
        return Math.max(level(context, BEGINNING), level(context, PROPERTY));
    }

    private static int level(BundleContext context, String property) {
        String value = context.getProperty(property);
        return value == null ? 1 : Integer.parseInt(value.trim());
    }
}
