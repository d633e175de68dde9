package org.vigie.web.views.internal.view;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * This bundle's scripts and styles under {@code /analyse/}: the views' modules, {@code graph.js}
 * and the graph library ({@code lib/}, from the npm registry at build time).
 */
@Component(service = AnalysisResources.class)
@HttpWhiteboardResource(pattern = "/analyse/*", prefix = "/static")
public class AnalysisResources {
}
