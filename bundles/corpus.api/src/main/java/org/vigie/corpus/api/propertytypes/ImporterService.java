package org.vigie.corpus.api.propertytypes;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Describes a {@link org.vigie.corpus.api.DocumentImporter} component once, as service properties
 * the corpus importer and {@code plugins:list} read without getting the service:
 * {@code @ImporterService(id = "html", mediaTypes = "text/html")} gives
 * {@code vigie.importer.id=html} and {@code vigie.importer.mediaTypes=[text/html]}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ImporterService {

    /** Prefix of the property names. */
    String PREFIX_ = "vigie.importer.";

    /** A short id, e.g. {@code text}, {@code html}, {@code pdf}: {@code vigie.importer.id}. */
    String id();

    /** The media types the importer reads, e.g. {@code text/plain}: {@code vigie.importer.mediaTypes}. */
    String[] mediaTypes();
}
