package org.vigie.plugins.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Installs and removes plugin bundles while Vigie runs. Installed plugins persist in the
 * workspace across restarts.
 */
@ProviderType
public interface PluginService {

    /** Every plugin bundle (bundles that are not part of the Vigie distribution). */
    List<PluginInfo> list();

    /** Installs and starts a plugin with the {@link InstallOptions#DEFAULT default options}. */
    default PluginInfo install(String location) {
        return install(location, InstallOptions.DEFAULT);
    }

    /**
     * Installs and starts a plugin from a file path or URL ({@code https:} or {@code file:}, any
     * scheme when {@link InstallOptions#insecure()}). The jar is fetched once, within a size and
     * time limit, checked (a bundle with a symbolic name; the digest when one is given) and only
     * then moved into the plugins folder: a failure leaves nothing behind. A jar of the same
     * symbolic name replaces the installed plugin (an update); a jar that would replace another
     * plugin's file is refused. A plugin that fails to resolve, to start or to start in time stays
     * installed and is returned with its {@link PluginInfo#problem() problem}.
     *
     * @throws PluginException when the location cannot be read, is not allowed, is too large, does
     *     not match its digest, is not a bundle or would replace another plugin
     */
    PluginInfo install(String location, InstallOptions options);

    /** Uninstalls a plugin by bundle id or symbolic name; its services disappear at once. */
    PluginInfo remove(String idOrName);

    /** Starts a stopped plugin (e.g. to switch to another extractor), within the start time limit. */
    PluginInfo start(String idOrName);

    /** Stops a plugin without uninstalling it, within the stop time limit. */
    PluginInfo stop(String idOrName);

    /** One plugin, by bundle id or symbolic name. */
    PluginInfo info(String idOrName);
}
