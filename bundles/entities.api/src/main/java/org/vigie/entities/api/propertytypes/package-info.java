/**
 * Component property types for contributions to the entity extension points: annotate an
 * {@link org.vigie.entities.api.EntityExtractor} component with
 * {@link org.vigie.entities.api.propertytypes.ExtractorService} and its id, version, types and
 * languages become service properties ({@code vigie.extractor.*}), read by the pipeline and by
 * {@code plugins:list} without getting the service.
 */
@Export
@Version("1.0.0")
package org.vigie.entities.api.propertytypes;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
