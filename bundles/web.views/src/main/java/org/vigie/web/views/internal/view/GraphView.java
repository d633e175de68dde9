package org.vigie.web.views.internal.view;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;
import org.vigie.web.api.WorkbenchView;
import org.vigie.web.api.propertytypes.WorkbenchViewService;

/** The Graphe view: the co-occurrence network of a selection, drawn by {@code /analyse/views/graphe.js}. */
@Component(service = WorkbenchView.class)
@WorkbenchViewService(id = "graphe", title = "Graphe", order = 30, path = "/vues/graphe")
@HttpWhiteboardResource(pattern = "/vues/graphe", prefix = "/pages/graphe.html")
public class GraphView implements WorkbenchView {
}
