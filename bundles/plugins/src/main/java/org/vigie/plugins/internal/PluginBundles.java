package org.vigie.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.api.Workspace;
import org.vigie.plugins.api.PluginException;
import org.vigie.plugins.api.PluginInfo;
import org.vigie.plugins.api.PluginService;

/**
 * Plugins are the bundles in {@code WORKSPACE/plugins/}: copied there by {@link #install}, or
 * dropped there by the analyst, and kept installed by Felix FileInstall. The folder, not the
 * framework cache, is what persists: the launcher may throw the cache away when the
 * distribution changes, and the plugins come back from the folder.
 */
@Component(service = PluginService.class, immediate = true)
public class PluginBundles implements PluginService {
    /** The level of plugins, above the distribution's bundles: framework property {@code vigie.plugins.startlevel}. */
    private final int pluginLevel;
    private static final Logger LOG = LoggerFactory.getLogger(PluginBundles.class);

    private final BundleContext context;
    private final Path dropFolder;
    private final PluginDescriptions descriptions;

    @Activate
    public PluginBundles(BundleContext context, @Reference Workspace workspace,
            @Reference PluginDescriptions descriptions) {
        this.context = context;
        this.dropFolder = workspace.area("plugins").toAbsolutePath().normalize();
        this.descriptions = descriptions;
        String level = context.getProperty("vigie.plugins.startlevel");
        this.pluginLevel = level == null ? 1 : Integer.parseInt(level.trim());
        forgetDeletedDrops();
        installDrops();
    }

    /**
     * The jars in the plugins folder are installed now, not at FileInstall's first scan, so that
     * the first command after a start (or after the launcher renewed the framework cache) finds
     * them. FileInstall adopts them: it installs by the same location.
     */
    private void installDrops() {
        try (var jars = Files.list(dropFolder)) {
            for (Path jar : jars.filter(j -> j.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                try {
                    Bundle bundle = context.getBundle(location(jar));
                    start(bundle != null ? bundle : context.installBundle(location(jar)));
                } catch (BundleException e) {
                    LOG.warn("cannot install plugin {}: {}", jar, e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot read the plugins folder {}: {}", dropFolder, e.getMessage());
        }
    }

    /** A jar deleted from the plugins folder while Vigie was not running takes its plugin along. */
    private void forgetDeletedDrops() {
        for (Bundle bundle : context.getBundles()) {
            Path jar = droppedJar(bundle);
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

    @Override
    public List<PluginInfo> list() {
        return Arrays.stream(context.getBundles()).filter(this::isPlugin)
                .sorted(Comparator.comparingLong(Bundle::getBundleId)).map(descriptions::describe).toList();
    }

    @Override
    public PluginInfo install(String location) {
        URI uri = toUri(location);
        String name = checkIsBundle(location, uri);
        Path jar = dropFolder.resolve(name);
        try (InputStream in = uri.toURL().openStream()) {
            Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new PluginException("cannot read plugin " + location + ": " + e.getMessage(), e);
        }
        Bundle bundle;
        try {
            // the location FileInstall gives the same file: it adopts the bundle instead of adding another
            bundle = context.installBundle(location(jar));
        } catch (BundleException e) {
            throw new PluginException("cannot install plugin " + location + ": " + e.getMessage(), e);
        }
        LOG.info("installed plugin {} {} from {} as {}", bundle.getSymbolicName(), bundle.getVersion(), uri, jar);
        return start(bundle);
    }

    @Override
    public PluginInfo remove(String idOrName) {
        Bundle bundle = find(idOrName);
        PluginInfo info = descriptions.describe(bundle);
        try {
            bundle.uninstall();
            deleteDroppedJar(bundle);
        } catch (BundleException e) {
            throw new PluginException("cannot remove plugin " + idOrName + ": " + e.getMessage(), e);
        }
        LOG.info("removed plugin {}", info.symbolicName());
        return new PluginInfo(info.id(), info.symbolicName(), info.version(), "UNINSTALLED", info.location(),
                List.of(), null);
    }

    @Override
    public PluginInfo start(String idOrName) {
        return start(find(idOrName));
    }

    @Override
    public PluginInfo stop(String idOrName) {
        Bundle bundle = find(idOrName);
        try {
            bundle.stop();
        } catch (BundleException e) {
            throw new PluginException("cannot stop plugin " + idOrName + ": " + e.getMessage(), e);
        }
        return descriptions.describe(bundle);
    }

    @Override
    public PluginInfo info(String idOrName) {
        return descriptions.describe(find(idOrName));
    }

    /** Starts a plugin; a failure to resolve or activate is reported in the result, not thrown. */
    private PluginInfo start(Bundle bundle) {
        try {
            runAtPluginLevel(bundle);
            bundle.start();
            return descriptions.describe(bundle);
        } catch (BundleException e) {
            LOG.warn("plugin {} does not start: {}", bundle.getSymbolicName(), e.getMessage());
            return descriptions.describe(bundle, PluginProblems.oneLine(e));
        }
    }

    /**
     * Plugins run at their own start level, above the distribution's: a plugin never starts
     * before the bundles it extends. The launcher takes the framework to that level once it has
     * started the distribution's bundles (its beginning level); nothing here moves the framework.
     */
    private void runAtPluginLevel(Bundle bundle) {
        BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
        if (level != null && level.getStartLevel() != pluginLevel) {
            level.setStartLevel(pluginLevel);
        }
    }

    /** A dropped jar's location as FileInstall writes it ({@code file:/...}, not {@code file:///...}). */
    private static String location(Path jar) {
        return jar.toFile().toURI().toString();
    }

    boolean isPlugin(Bundle bundle) {
        return droppedJar(bundle) != null;
    }

    private Path droppedJar(Bundle bundle) {
        String location = bundle.getLocation();
        if (!location.startsWith("file:")) {
            return null;
        }
        try {
            Path path = Path.of(new URI(location)).toAbsolutePath().normalize();
            return path.startsWith(dropFolder) ? path : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private void deleteDroppedJar(Bundle bundle) {
        Path jar = droppedJar(bundle);
        if (jar != null) {
            try {
                Files.deleteIfExists(jar);
            } catch (IOException e) {
                throw new PluginException("removed plugin " + bundle.getSymbolicName() + " but cannot delete " + jar
                        + ": " + e.getMessage() + " (it will come back at the next start)", e);
            }
        }
    }

    private Bundle find(String idOrName) {
        String key = idOrName.trim();
        return Arrays.stream(context.getBundles()).filter(this::isPlugin)
                .filter(b -> key.equals(Long.toString(b.getBundleId())) || key.equals(b.getSymbolicName()))
                .findFirst()
                .orElseThrow(() -> new PluginException("no plugin " + idOrName + " (plugins:list shows them)"));
    }

    static URI toUri(String location) {
        if (location.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !location.matches("^[a-zA-Z]:\\\\.*")) {
            try {
                return new URI(location);
            } catch (URISyntaxException e) {
                throw new PluginException("cannot read plugin " + location + ": not a valid URL", e);
            }
        }
        Path path = Path.of(location).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new PluginException("cannot read plugin " + location + ": no such file");
        }
        return path.toUri();
    }

    /** Checks the file is a bundle and names its copy in the plugins folder, {@code BSN-VERSION.jar}. */
    private static String checkIsBundle(String location, URI uri) {
        URL url;
        try {
            url = uri.toURL();
        } catch (IOException | IllegalArgumentException e) {
            throw new PluginException("cannot read plugin " + location + ": " + e.getMessage(), e);
        }
        try (JarInputStream jar = new JarInputStream(url.openStream())) {
            Manifest manifest = jar.getManifest();
            String symbolicName = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
            if (symbolicName == null) {
                throw new PluginException("cannot install " + location + ": not an OSGi bundle (no Bundle-SymbolicName)");
            }
            String version = manifest.getMainAttributes().getValue("Bundle-Version");
            String bsn = symbolicName.split(";")[0].trim().replaceAll("[^A-Za-z0-9._-]", "_");
            return bsn + "-" + (version == null ? "0.0.0" : version.trim().replaceAll("[^A-Za-z0-9._-]", "_")) + ".jar";
        } catch (IOException e) {
            throw new PluginException("cannot read plugin " + location + ": " + e.getMessage(), e);
        }
    }
}
