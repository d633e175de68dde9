package org.vigie.web.views.internal.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.vigie.core.api.Workspace;
import org.vigie.corpus.api.CorpusException;
import org.vigie.report.api.BriefingService;
import org.vigie.report.api.ReportException;
import org.vigie.report.api.SelectionCriteria;
import org.vigie.web.views.internal.briefing.BriefingDesk;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/briefing/sections}: the sections on offer; {@code POST /api/briefing} with
 * {@code {q, from, to, entity, title, sections, marking}}: the PDF written, its id;
 * {@code GET /api/briefing/ID.pdf}: that PDF, as an attachment.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/briefing", "/api/briefing/*"})
public class BriefingServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    record Request(String q, String from, String to, String entity, String title, List<String> sections, String marking) {
    }

    private final transient BriefingDesk desk;

    @Activate
    public BriefingServlet(@Reference BriefingService service, @Reference Workspace workspace) {
        this.desk = new BriefingDesk(service, workspace.area("web-briefings"));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.equals("/sections")) {
            JsonExchange.answer(response, desk.sections());
            return;
        }
        Optional<Path> file = path.endsWith(".pdf") ? desk.file(path.substring(1, path.length() - 4)) : Optional.empty();
        if (file.isEmpty()) {
            JsonExchange.refuse(response, HttpServletResponse.SC_NOT_FOUND, "aucune note « " + path + " » : écrivez-la d’abord");
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"note-vigie.pdf\"");
        response.setContentLengthLong(Files.size(file.get()));
        Files.copy(file.get(), response.getOutputStream());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Request r = JsonExchange.body(request, Request.class);
            SelectionCriteria selection = new SelectionCriteria(r.q(), SelectionCriteria.day(r.from(), "from", false),
                    SelectionCriteria.day(r.to(), "to", true), r.entity());
            JsonExchange.answer(response, desk.write(selection, r.title(), r.sections(), r.marking()));
        } catch (IllegalArgumentException | ReportException | CorpusException e) {
            JsonExchange.refuse(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }
}
