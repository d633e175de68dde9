/**
 * Exports: a selection of the corpus written in a format other tools open (CSV, and by plugins
 * any other).
 * <p>
 * An {@link org.vigie.export.api.Exporter} is a whiteboard service described by typed service
 * properties ({@link org.vigie.export.api.propertytypes.ExporterService}: id, media type, file
 * extension, description), read back by {@link org.vigie.export.api.ExporterInfo#of(java.util.Map)}.
 * The {@link org.vigie.export.api.ExportService} selects the documents with the briefing's {@link
 * org.vigie.report.api.DocumentSelection} and hands them, with the curated {@link
 * org.vigie.entities.api.EntityIndex}, to the exporter of the requested format.
 * <p>
 * Version 1.1.0 (minor): {@link org.vigie.export.api.ExportProgress} and {@link
 * org.vigie.export.api.ExportService#write(ExportRequest, ExportProgress)}: progress of an export
 * for the caller, with no change to exporters.
 */
@Export
@Version("1.1.0")
package org.vigie.export.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
