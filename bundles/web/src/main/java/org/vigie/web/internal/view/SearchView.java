package org.vigie.web.internal.view;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;
import org.vigie.web.api.WorkbenchView;
import org.vigie.web.api.propertytypes.WorkbenchViewService;

/** The Recherche view: its page, whose module {@code /static/views/recherche.js} calls {@code /api/search}. */
@Component(service = WorkbenchView.class)
@WorkbenchViewService(id = "recherche", title = "Recherche", order = 10, path = SearchView.PATH)
@HttpWhiteboardResource(pattern = SearchView.PATH, prefix = "/pages/recherche.html")
public class SearchView implements WorkbenchView {
    static final String PATH = "/vues/recherche";
}
