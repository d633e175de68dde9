package org.vigie.plugins.internal;

import java.nio.file.Path;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.plugins.api.InstallOptions;
import org.vigie.plugins.api.PluginException;

/**
 * Installs a plugin for {@code plugins:install}: fetches its jar, places it in the plugins folder
 * and installs it, or updates or replaces the plugin of the same symbolic name.
 */
final class PluginInstaller {
    private static final Logger LOG = LoggerFactory.getLogger(PluginInstaller.class);

    private final BundleContext context;
    private final DropFolder folder;
    private final Path tmpFolder;

    PluginInstaller(BundleContext context, DropFolder folder, Path tmpFolder) {
        this.context = context;
        this.folder = folder;
        this.tmpFolder = tmpFolder;
    }

    /** The installed bundle, not started yet; {@code plugins} are the installed plugins. */
    Bundle install(String location, InstallOptions options, PluginLimits current, List<Bundle> plugins) {
        PluginDownload.Fetched fetched = new PluginDownload(tmpFolder, current).fetch(location, options);
        Bundle previous = plugins.stream().filter(b -> fetched.symbolicName().equals(b.getSymbolicName())).findFirst()
                .orElse(null);
        Path jar = folder.place(location, fetched);
        Bundle bundle = installOrUpdate(location, jar, previous, current);
        LOG.info("installed plugin {} {} from {} as {}", bundle.getSymbolicName(), bundle.getVersion(), location, jar);
        return bundle;
    }

    /**
     * Installs the jar just placed; a plugin of the same symbolic name is updated in place (same
     * jar) or replaced (its older jar removed). The location is the one FileInstall gives the
     * same file: it adopts the bundle instead of adding another.
     */
    private Bundle installOrUpdate(String location, Path jar, Bundle previous, PluginLimits current) {
        try {
            if (previous != null && previous.getLocation().equals(DropFolder.location(jar))) {
                TimeLimit.within(previous, "update", current.stop().plus(current.start()), previous::update);
                return previous;
            }
            if (previous != null) {
                TimeLimit.within(previous, "stop", current.stop(), previous::uninstall);
                folder.deleteJarOf(previous);
            }
            return context.installBundle(DropFolder.location(jar));
        } catch (BundleException | RuntimeException e) {
            if (previous == null) {
                PluginDownload.deleteQuietly(jar, e);
            }
            throw e instanceof PluginException p ? p
                    : new PluginException("cannot install plugin " + location + ": " + e.getMessage(), e);
        }
    }
}
