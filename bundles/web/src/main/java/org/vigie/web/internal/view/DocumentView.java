package org.vigie.web.internal.view;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;
import org.vigie.web.api.WorkbenchView;
import org.vigie.web.api.propertytypes.WorkbenchViewService;

/**
 * The Document view ({@code /vues/document?id=ID}), reached from the search's results and other
 * views' links, so not in the menu; its module {@code /static/views/document.js} calls
 * {@code /api/documents/ID}.
 */
@Component(service = WorkbenchView.class)
@WorkbenchViewService(id = "document", title = "Document", order = 20, path = DocumentView.PATH, menu = false)
@HttpWhiteboardResource(pattern = DocumentView.PATH, prefix = "/pages/document.html")
public class DocumentView implements WorkbenchView {
    static final String PATH = "/vues/document";
}
