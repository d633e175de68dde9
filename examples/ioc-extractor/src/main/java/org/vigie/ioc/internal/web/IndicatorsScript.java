package org.vigie.ioc.internal.web;

import org.osgi.service.component.annotations.Component;

/** The Indicateurs view's module, {@code web/indicateurs.js}, under {@code /indicateurs-static/}. */
@Component(service = IndicatorsScript.class, property = {"osgi.http.whiteboard.resource.pattern=/indicateurs-static/*",
    "osgi.http.whiteboard.resource.prefix=/web"})
public class IndicatorsScript {
}
