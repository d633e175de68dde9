package org.vigie.web.internal.view;

import java.io.IOException;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.vigie.web.internal.api.Json;
import org.vigie.web.internal.serve.AccessKeys;
import org.vigie.web.internal.serve.AccessRules;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/session}: the CSRF value and the header to send it in, for a client that holds
 * the token but not the pages' cookie (a script, a test). Only the token holder gets this far.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/session")
public class SessionServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient AccessKeys keys;

    @Activate
    public SessionServlet(@Reference AccessKeys keys) {
        this.keys = keys;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AccessKeys.Keys current = keys.current().orElse(null);
        if (current == null) {
            Json.error(response, HttpServletResponse.SC_UNAUTHORIZED, "le poste de travail web est fermé");
            return;
        }
        Json.write(response, Map.of("csrf", current.csrf(), "csrfHeader", AccessRules.CSRF_HEADER));
    }
}
