package org.vigie.web.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A view of the web workbench, contributed by a bundle. The service itself carries no behaviour:
 * it announces the view to the navigation through its properties (annotate the component with
 * {@link org.vigie.web.api.propertytypes.WorkbenchViewService}), and the bundle serves the view's
 * page under {@code path} with its own whiteboard servlet or resources, e.g.
 *
 * <pre>
 * &#64;Component(service = WorkbenchView.class)
 * &#64;WorkbenchViewService(id = "indicateurs", title = "Indicateurs", order = 50, path = "/vues/indicateurs")
 * public class IndicatorView implements WorkbenchView {
 * }
 *
 * &#64;Component(service = Object.class)
 * &#64;HttpWhiteboardResource(pattern = "/vues/indicateurs/*", prefix = "/web/indicateurs")
 * public class IndicatorPages {
 * }
 * </pre>
 *
 * The page loads {@code /static/shell.js}, which draws the navigation from {@code /api/views}.
 */
@ConsumerType
public interface WorkbenchView {
}
