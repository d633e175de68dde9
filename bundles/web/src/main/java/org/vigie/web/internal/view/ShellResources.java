package org.vigie.web.internal.view;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The page shell every view loads, served from this bundle under {@code /static/}: {@code
 * vigie.css} (the look), {@code shell.js} (the navigation, drawn from {@code /api/views}),
 * {@code api.js} (fetch with the CSRF header, errors) and the built-in views' modules.
 */
@Component(service = ShellResources.class)
@HttpWhiteboardResource(pattern = "/static/*", prefix = "/static")
public class ShellResources {
}
