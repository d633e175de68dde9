package org.vigie.web.views.internal.view;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;
import org.vigie.web.api.WorkbenchView;
import org.vigie.web.api.propertytypes.WorkbenchViewService;

/** The Entité view ({@code /vues/entite?key=KEY}), reached from links, so not in the menu. */
@Component(service = WorkbenchView.class)
@WorkbenchViewService(id = "entite", title = "Entité", order = 25, path = "/vues/entite", menu = false)
@HttpWhiteboardResource(pattern = "/vues/entite", prefix = "/pages/entite.html")
public class EntityView implements WorkbenchView {
}
