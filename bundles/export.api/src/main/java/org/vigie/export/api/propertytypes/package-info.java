/**
 * Component property types for exporters: annotate an {@link org.vigie.export.api.Exporter}
 * component with {@link org.vigie.export.api.propertytypes.ExporterService} and its id, media
 * type, extension and description become service properties ({@code vigie.exporter.*}).
 */
@Export
@Version("1.0.0")
package org.vigie.export.api.propertytypes;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
