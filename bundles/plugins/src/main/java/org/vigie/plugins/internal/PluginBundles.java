package org.vigie.plugins.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.api.Workspace;
import org.vigie.plugins.api.InstallOptions;
import org.vigie.plugins.api.PluginException;
import org.vigie.plugins.api.PluginInfo;
import org.vigie.plugins.api.PluginService;
import org.vigie.plugins.api.PluginStartLevel;

/**
 * Plugins are the bundles in {@code WORKSPACE/plugins/}: copied there by {@link #install}, or
 * dropped there by the analyst, and kept installed by Felix FileInstall. The folder, not the
 * framework cache, is what persists: the launcher may throw the cache away when the
 * distribution changes, and the plugins come back from the folder. A plugin's download, start
 * and stop each run within the limits of {@link Config}.
 */
@Component(service = PluginService.class, immediate = true)
@Designate(ocd = PluginBundles.Config.class)
public class PluginBundles implements PluginService {

    @ObjectClassDefinition(name = "Vigie plugins", description = "Limits for installing, starting and stopping plugins")
    public @interface Config {
        @AttributeDefinition(description = "Largest plugin jar plugins:install accepts, in MiB")
        int maxDownloadMiB() default 64;

        @AttributeDefinition(description = "Seconds to wait for a plugin's server to accept the connection")
        int connectTimeoutSeconds() default 10;

        @AttributeDefinition(description = "Seconds to wait for the next bytes of a plugin download")
        int readTimeoutSeconds() default 30;

        @AttributeDefinition(description = "Seconds a whole plugin download may take")
        int downloadTimeoutSeconds() default 300;

        @AttributeDefinition(description = "Seconds a plugin may take to start before it is reported as not active")
        int startTimeoutSeconds() default 30;

        @AttributeDefinition(description = "Seconds a plugin may take to stop (plugins:stop, plugins:remove, and at "
                + "shutdown, which must close the stores within its own 30 s)")
        int stopTimeoutSeconds() default 10;
    }

    /** The level of plugins, above the distribution's bundles: framework property {@code vigie.plugins.startlevel}. */
    private final int pluginLevel;
    private static final Logger LOG = LoggerFactory.getLogger(PluginBundles.class);

    private final BundleContext context;
    private final Path dropFolder;
    private final Path tmpFolder;
    private final PluginDescriptions descriptions;
    private final PluginShutdown shutdown;
    private volatile PluginLimits limits;

    @Activate
    public PluginBundles(BundleContext context, @Reference Workspace workspace,
            @Reference PluginDescriptions descriptions, Config config) {
        this.context = context;
        this.dropFolder = workspace.area("plugins").toAbsolutePath().normalize();
        this.tmpFolder = workspace.area("tmp").toAbsolutePath().normalize();
        this.descriptions = descriptions;
        this.limits = PluginLimits.of(config);
        this.shutdown = new PluginShutdown(context, this::plugins, () -> limits.stop());
        context.addBundleListener(shutdown);
        this.pluginLevel = PluginStartLevel.of(context);
        forgetDeletedDrops();
        installDrops();
    }

    @Modified
    void modified(Config config) {
        this.limits = PluginLimits.of(config);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(shutdown);
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
        return plugins().stream().map(descriptions::describe).toList();
    }

    private List<Bundle> plugins() {
        return Arrays.stream(context.getBundles()).filter(this::isPlugin)
                .sorted(Comparator.comparingLong(Bundle::getBundleId)).toList();
    }

    @Override
    public PluginInfo install(String location, InstallOptions options) {
        PluginLimits current = limits;
        PluginDownload.Fetched fetched = new PluginDownload(tmpFolder, current).fetch(location, options);
        Bundle previous = plugins().stream().filter(b -> fetched.symbolicName().equals(b.getSymbolicName())).findFirst()
                .orElse(null);
        Path jar = new DropFolder(dropFolder).place(location, fetched);
        Bundle bundle = installOrUpdate(location, jar, previous, current);
        LOG.info("installed plugin {} {} from {} as {}", bundle.getSymbolicName(), bundle.getVersion(), location, jar);
        return start(bundle);
    }

    /**
     * Installs the jar just placed; a plugin of the same symbolic name is updated in place (same
     * jar) or replaced (its older jar removed). The location is the one FileInstall gives the
     * same file: it adopts the bundle instead of adding another.
     */
    private Bundle installOrUpdate(String location, Path jar, Bundle previous, PluginLimits current) {
        try {
            if (previous != null && previous.getLocation().equals(location(jar))) {
                within(previous, "update", current.stop().plus(current.start()), previous::update);
                return previous;
            }
            if (previous != null) {
                within(previous, "stop", current.stop(), previous::uninstall);
                deleteDroppedJar(previous);
            }
            return context.installBundle(location(jar));
        } catch (BundleException | RuntimeException e) {
            if (previous == null) {
                PluginDownload.deleteQuietly(jar, e);
            }
            throw e instanceof PluginException p ? p
                    : new PluginException("cannot install plugin " + location + ": " + e.getMessage(), e);
        }
    }

    /** Runs a framework operation on a plugin within {@code limit}; past it, fails with the plugin's name. */
    private static void within(Bundle bundle, String what, Duration limit, TimeLimit.BundleAction action)
            throws BundleException {
        if (!TimeLimit.run("vigie-plugin-" + what + "-" + bundle.getSymbolicName(), limit, action)) {
            throw new PluginException("plugin " + bundle.getSymbolicName() + " did not " + what + " within "
                    + limit.toSeconds() + " s; it may still be running");
        }
    }

    @Override
    public PluginInfo remove(String idOrName) {
        Bundle bundle = find(idOrName);
        PluginInfo info = descriptions.describe(bundle);
        try {
            within(bundle, "stop", limits.stop(), bundle::uninstall);
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
            within(bundle, "stop", limits.stop(), bundle::stop);
        } catch (BundleException e) {
            throw new PluginException("cannot stop plugin " + idOrName + ": " + e.getMessage(), e);
        }
        return descriptions.describe(bundle);
    }

    @Override
    public PluginInfo info(String idOrName) {
        return descriptions.describe(find(idOrName));
    }

    /**
     * Starts a plugin within the start limit; a failure to resolve or activate, or to start in
     * time, is reported in the result, not thrown.
     */
    private PluginInfo start(Bundle bundle) {
        try {
            runAtPluginLevel(bundle);
            Duration limit = limits.start();
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
}
