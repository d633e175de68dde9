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

    /**
     * Installs and starts a plugin from a file path or URL. A plugin that fails to resolve or to
     * start stays installed and is returned with its {@link PluginInfo#problem() problem}.
     *
     * @throws PluginException when the location cannot be read or is not a bundle
     */
    PluginInfo install(String location);

    /** Uninstalls a plugin by bundle id or symbolic name; its services disappear at once. */
    PluginInfo remove(String idOrName);

    /** Starts a stopped plugin (e.g. to switch to another extractor). */
    PluginInfo start(String idOrName);

    /** Stops a plugin without uninstalling it. */
    PluginInfo stop(String idOrName);

    /** One plugin, by bundle id or symbolic name. */
    PluginInfo info(String idOrName);
}
