package org.vigie.plugins.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the framework in line with the plugins folder when Vigie starts. The folder, not the
 * framework cache, is what persists: the launcher may throw the cache away when the distribution
 * changes, and the plugins come back from the folder.
 */
final class PluginFolderSync {
    private static final Logger LOG = LoggerFactory.getLogger(PluginFolderSync.class);

    private final BundleContext context;
    private final DropFolder folder;
    private final Consumer<Bundle> start;

    PluginFolderSync(BundleContext context, DropFolder folder, Consumer<Bundle> start) {
        this.context = context;
        this.folder = folder;
        this.start = start;
    }

    void run() {
        forgetDeletedDrops();
        installDrops();
    }

    /**
     * The jars in the plugins folder are installed now, not at FileInstall's first scan, so that
     * the first command after a start (or after the launcher renewed the framework cache) finds
     * them. FileInstall adopts them: it installs by the same location.
     */
    private void installDrops() {
        try {
            for (Path jar : folder.jars()) {
                try {
                    Bundle bundle = context.getBundle(DropFolder.location(jar));
                    start.accept(bundle != null ? bundle : context.installBundle(DropFolder.location(jar)));
                } catch (BundleException e) {
                    LOG.warn("cannot install plugin {}: {}", jar, e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot read the plugins folder {}: {}", folder.path(), e.getMessage());
        }
    }

    /** A jar deleted from the plugins folder while Vigie was not running takes its plugin along. */
    private void forgetDeletedDrops() {
        for (Bundle bundle : context.getBundles()) {
            Path jar = folder.jarOf(bundle);
            if (jar != null && !Files.exists(jar)) {
                try {
                    bundle.uninstall();
                    LOG.info("removed plugin {}: its jar {} was deleted", bundle.getSymbolicName(), jar);
                } catch (BundleException e) {
                    LOG.warn("cannot remove plugin {} whose jar {} was deleted: {}", bundle.getSymbolicName(), jar,
                            e.getMessage());
                }
            }
        }
    }
}
