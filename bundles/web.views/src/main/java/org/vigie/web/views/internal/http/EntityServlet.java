package org.vigie.web.views.internal.http;

import java.io.IOException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.vigie.curation.api.CurationLog;
import org.vigie.entities.api.EntityIndex;
import org.vigie.report.api.DocumentSelection;
import org.vigie.report.api.ReportException;
import org.vigie.web.views.internal.entity.CurationHistory;
import org.vigie.web.views.internal.entity.EntityPages;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /api/entity?key=KEY} (or a name, an alias): the entity view's page, 404 for an unknown entity. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/entity")
public class EntityServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient EntityPages pages;

    @Activate
    public EntityServlet(@Reference EntityIndex index, @Reference DocumentSelection selection, @Reference CurationLog log) {
        this.pages = new EntityPages(index, selection, new CurationHistory(log));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getParameter("key");
        if (key == null || key.isBlank()) {
            JsonExchange.refuse(response, HttpServletResponse.SC_BAD_REQUEST, "paramètre key manquant : quelle entité ?");
            return;
        }
        try {
            var page = pages.page(key.strip());
            if (page.isPresent()) {
                JsonExchange.answer(response, page.get());
            } else {
                JsonExchange.refuse(response, HttpServletResponse.SC_NOT_FOUND, "aucune entité « " + key.strip() + " »");
            }
        } catch (ReportException e) {
            JsonExchange.refuse(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }
}
