package org.vigie.web.views.internal.view;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;
import org.vigie.web.api.WorkbenchView;
import org.vigie.web.api.propertytypes.WorkbenchViewService;

/** The Note view: choose a selection and sections, write the PDF briefing, download it. */
@Component(service = WorkbenchView.class)
@WorkbenchViewService(id = "note", title = "Note de synthèse", order = 40, path = "/vues/note")
@HttpWhiteboardResource(pattern = "/vues/note", prefix = "/pages/note.html")
public class BriefingView implements WorkbenchView {
}
