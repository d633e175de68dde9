package org.vigie.plugins.internal;

import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
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
 * The plugin service. Plugins are the bundles in {@code WORKSPACE/plugins/} ({@link DropFolder}):
 * copied there by {@link #install}, or dropped there by the analyst, and kept installed by Felix
 * FileInstall; {@link PluginFolderSync} brings them back at every start. A plugin's download,
 * start ({@link PluginStarter}) and stop each run within the limits of {@link Config}.
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

    private static final Logger LOG = LoggerFactory.getLogger(PluginBundles.class);

    @Reference
    Workspace workspace;

    @Reference
    PluginDescriptions descriptions;

    private BundleContext context;
    private DropFolder folder;
    private PluginStarter starter;
    private PluginInstaller installer;
    private PluginShutdown shutdown;
    private volatile PluginLimits limits;

    /** Makes the framework match the plugins folder (jars installed, deleted ones removed) before the first command. */
    @Activate
    void activate(BundleContext context, Config config) {
        this.context = context;
        this.folder = new DropFolder(workspace.area("plugins").toAbsolutePath().normalize());
        this.limits = PluginLimits.of(config);
        this.starter = new PluginStarter(PluginStartLevel.of(context), descriptions, () -> limits);
        this.installer = new PluginInstaller(context, folder, workspace.area("tmp").toAbsolutePath().normalize());
        this.shutdown = new PluginShutdown(context, () -> folder.plugins(context), () -> limits.stop());
        context.addBundleListener(shutdown);
        new PluginFolderSync(context, folder, starter::start).run();
    }

    @Modified
    void modified(Config config) {
        this.limits = PluginLimits.of(config);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(shutdown);
    }

    @Override
    public List<PluginInfo> list() {
        return folder.plugins(context).stream().map(descriptions::describe).toList();
    }

    @Override
    public PluginInfo install(String location, InstallOptions options) {
        return starter.start(installer.install(location, options, limits, folder.plugins(context)));
    }

    @Override
    public PluginInfo remove(String idOrName) {
        Bundle bundle = find(idOrName);
        PluginInfo info = descriptions.describe(bundle);
        try {
            TimeLimit.within(bundle, "stop", limits.stop(), bundle::uninstall);
            folder.deleteJarOf(bundle);
        } catch (BundleException e) {
            throw new PluginException("cannot remove plugin " + idOrName + ": " + e.getMessage(), e);
        }
        LOG.info("removed plugin {}", info.symbolicName());
        return new PluginInfo(info.id(), info.symbolicName(), info.version(), "UNINSTALLED", info.location(),
                List.of(), null);
    }

    @Override
    public PluginInfo start(String idOrName) {
        return starter.start(find(idOrName));
    }

    @Override
    public PluginInfo stop(String idOrName) {
        Bundle bundle = find(idOrName);
        try {
            TimeLimit.within(bundle, "stop", limits.stop(), bundle::stop);
        } catch (BundleException e) {
            throw new PluginException("cannot stop plugin " + idOrName + ": " + e.getMessage(), e);
        }
        return descriptions.describe(bundle);
    }

    @Override
    public PluginInfo info(String idOrName) {
        return descriptions.describe(find(idOrName));
    }

    private Bundle find(String idOrName) {
        String key = idOrName.trim();
        return folder.plugins(context).stream()
                .filter(b -> key.equals(Long.toString(b.getBundleId())) || key.equals(b.getSymbolicName()))
                .findFirst().orElseThrow(() -> new PluginException("no plugin " + idOrName + " (plugins:list shows them)"));
    }
}
