package org.vigie.web.internal.view;

import java.io.IOException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.vigie.web.api.ViewInfo;
import org.vigie.web.internal.api.Json;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The default servlet: {@code /} goes to the first view of the menu; any other unknown path is a 404. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/")
public class RootServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient ViewRegistry registry;

    @Activate
    public RootServlet(@Reference ViewRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (!"/".equals(path)) {
            Json.error(response, HttpServletResponse.SC_NOT_FOUND, "aucune page à l'adresse " + path);
            return;
        }
        String first = registry.views().stream().filter(ViewInfo::menu).map(ViewInfo::path).findFirst().orElse(null);
        if (first == null) {
            Json.error(response, HttpServletResponse.SC_NOT_FOUND, "aucune vue n'est installée");
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", first);
    }
}
