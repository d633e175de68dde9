package org.vigie.report.api.propertytypes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * What a {@link org.vigie.report.api.BriefingSection} contributes, said once as service
 * properties: {@code vigie.section.id}, {@code vigie.section.title}, {@code vigie.section.order}
 * and {@code vigie.section.headed}. Read back with
 * {@link org.vigie.report.api.SectionInfo#of(java.util.Map)}.
 *
 * <pre>
 * &#64;Component(service = BriefingSection.class)
 * &#64;BriefingSectionService(id = "ioc", title = "Indicateurs", order = 450)
 * public class IocSection implements BriefingSection { ... }
 * </pre>
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface BriefingSectionService {

    /** The prefix of the property names: {@code vigie.section.}. */
    String PREFIX_ = "vigie.section.";

    /** A short stable id, e.g. {@code timeline}, as given to {@code --sections}. */
    String id();

    /** The title shown as the section heading and in the outline. */
    String title();

    /**
     * Where the section stands in the briefing (lower first). The core sections use 100 (cover)
     * to 700 (appendix) in steps of 100, so a plugin can slot in between.
     */
    int order();

    /** Whether the briefing shows {@link #title()} as a heading (a cover does not). */
    boolean headed() default true;
}
