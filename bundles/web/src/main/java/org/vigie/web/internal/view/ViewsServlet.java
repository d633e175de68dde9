package org.vigie.web.internal.view;

import java.io.IOException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.vigie.web.internal.api.Json;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /api/views}: the views registered now, in menu order (what the navigation draws). */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/views")
public class ViewsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient ViewRegistry registry;

    @Activate
    public ViewsServlet(@Reference ViewRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Json.write(response, registry.views());
    }
}
