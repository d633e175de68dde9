/**
 * Component property types for contributions to the briefing: annotate a
 * {@link org.vigie.report.api.BriefingSection} component with
 * {@link org.vigie.report.api.propertytypes.BriefingSectionService} and its id, title, order and
 * headed flag become service properties ({@code vigie.section.*}), read by the briefing service
 * and by {@code plugins:list} without getting the service.
 */
@Export
@Version("1.0.0")
package org.vigie.report.api.propertytypes;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
