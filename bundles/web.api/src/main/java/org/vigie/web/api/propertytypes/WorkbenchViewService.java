package org.vigie.web.api.propertytypes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * What a {@link org.vigie.web.api.WorkbenchView} contributes, said once as service properties:
 * {@code vigie.view.id}, {@code vigie.view.title}, {@code vigie.view.order}, {@code vigie.view.path}
 * and {@code vigie.view.menu}. Read back with {@link org.vigie.web.api.ViewInfo#of(java.util.Map)}.
 *
 * <pre>
 * &#64;Component(service = WorkbenchView.class)
 * &#64;WorkbenchViewService(id = "recherche", title = "Recherche", order = 10, path = "/vues/recherche")
 * public class SearchView implements WorkbenchView {
 * }
 * </pre>
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WorkbenchViewService {

    /** The prefix of the property names: {@code vigie.view.}. */
    String PREFIX_ = "vigie.view.";

    /** A short stable id, e.g. {@code recherche}. */
    String id();

    /** The navigation's label, in French. */
    String title();

    /** The place in the navigation, smallest first. */
    int order() default 100;

    /** The path of the view's page, e.g. {@code /vues/recherche}. */
    String path();

    /** Whether the navigation lists the view (false for one reached only through links). */
    boolean menu() default true;
}
