package org.vigie.entities.api.propertytypes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * What an {@link org.vigie.entities.api.EntityExtractor} contributes, said once as service
 * properties: {@code vigie.extractor.id}, {@code vigie.extractor.version},
 * {@code vigie.extractor.types} and {@code vigie.extractor.languages}. Read back with
 * {@link org.vigie.entities.api.ExtractorInfo#of(java.util.Map)}.
 *
 * <pre>
 * &#64;Component(service = EntityExtractor.class)
 * &#64;ExtractorService(id = "ioc", version = "1.0.0", types = "INDICATOR")
 * public class IocExtractor implements EntityExtractor { ... }
 * </pre>
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ExtractorService {

    /** The prefix of the property names: {@code vigie.extractor.}. */
    String PREFIX_ = "vigie.extractor.";

    /** A short stable id, e.g. {@code french}, {@code ioc}. */
    String id();

    /** The extractor's version, recorded with its results. */
    String version();

    /** The names of the annotation types it produces ({@code PERSON}, {@code INDICATOR}). */
    String[] types();

    /** ISO 639-1 codes of the languages it handles; none means every language. */
    String[] languages() default {};
}
