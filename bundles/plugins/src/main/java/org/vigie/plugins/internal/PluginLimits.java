package org.vigie.plugins.internal;

import java.time.Duration;

/**
 * The limits a plugin works under: how large and how slow its download may be, and how long its
 * start and its stop may take before Vigie goes on without waiting.
 */
record PluginLimits(int maxMiB, Duration connectTimeout, Duration readTimeout, Duration download, Duration start,
        Duration stop) {

    /** The limits of the configuration; a value below 1 counts as 1. */
    static PluginLimits of(PluginBundles.Config config) {
        return new PluginLimits(Math.max(1, config.maxDownloadMiB()), seconds(config.connectTimeoutSeconds()),
                seconds(config.readTimeoutSeconds()), seconds(config.downloadTimeoutSeconds()),
                seconds(config.startTimeoutSeconds()), seconds(config.stopTimeoutSeconds()));
    }

    long maxBytes() {
        return maxMiB * 1024L * 1024L;
    }

    private static Duration seconds(int value) {
        return Duration.ofSeconds(Math.max(1, value));
    }
}
