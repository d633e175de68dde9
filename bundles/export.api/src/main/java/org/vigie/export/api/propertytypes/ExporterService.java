package org.vigie.export.api.propertytypes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * What an {@link org.vigie.export.api.Exporter} contributes, said once as service properties:
 * {@code vigie.exporter.id}, {@code vigie.exporter.mediaType}, {@code vigie.exporter.extension}
 * and {@code vigie.exporter.description}. Read back with
 * {@link org.vigie.export.api.ExporterInfo#of(java.util.Map)}.
 *
 * <pre>
 * &#64;Component(service = Exporter.class)
 * &#64;ExporterService(id = "gexf", mediaType = "application/gexf+xml", extension = "gexf",
 *         description = "entity graph for Gephi")
 * public class GexfExporter implements Exporter { ... }
 * </pre>
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ExporterService {

    /** The prefix of the property names: {@code vigie.exporter.}. */
    String PREFIX_ = "vigie.exporter.";

    /** A short stable id, e.g. {@code csv}, as given to {@code export:write --format}. */
    String id();

    /** The media type of what the exporter writes. */
    String mediaType();

    /** The file name extension, without the dot. */
    String extension();

    /** One line: what it writes and which tool opens it. */
    String description() default "";
}
