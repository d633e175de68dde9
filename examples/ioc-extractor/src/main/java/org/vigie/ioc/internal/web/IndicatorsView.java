package org.vigie.ioc.internal.web;

import org.osgi.service.component.annotations.Component;
import org.vigie.web.api.WorkbenchView;
import org.vigie.web.api.propertytypes.WorkbenchViewService;

/**
 * The plugin's Indicateurs view in the web workbench: its page and module from this bundle's
 * {@code web/} folder (the module by {@link IndicatorsScript}), its data from {@link IndicatorsServlet}.
 * Installed with the plugin, it appears in the navigation; removed with it, it goes. The whiteboard
 * properties are spelt out rather than annotated with {@code @HttpWhiteboardResource}, whose
 * requirement of an HTTP whiteboard would stop the plugin resolving where there is none.
 */
@Component(service = WorkbenchView.class, property = {"osgi.http.whiteboard.resource.pattern=/vues/indicateurs",
    "osgi.http.whiteboard.resource.prefix=/web/indicateurs.html"})
@WorkbenchViewService(id = "indicateurs", title = "Indicateurs", order = 50, path = "/vues/indicateurs")
public class IndicatorsView implements WorkbenchView {
}
