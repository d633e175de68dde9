/**
 * Plugins: OSGi bundles installed into a running Vigie that contribute services to its extension
 * points (extractors, importers, briefing sections, commands).
 * <p>
 * {@link org.vigie.plugins.api.PluginService} installs, lists, starts, stops and removes them.
 * Each extension point's owner registers a {@link org.vigie.plugins.api.ContributionDescriber}
 * so that a plugin's contributions can be shown in the analyst's words ("extractor ioc:
 * INDICATOR") and failing ones flagged.
 * <p>
 * 2.0.0: {@code ContributionDescriber.describe} takes the service's properties, not its
 * {@code ServiceReference}, so that no describer gets a service to learn what it contributes.
 */
@Export
@Version("2.0.0")
package org.vigie.plugins.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
