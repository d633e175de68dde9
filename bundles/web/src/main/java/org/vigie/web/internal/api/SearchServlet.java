package org.vigie.web.internal.api;

import java.io.IOException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.entities.api.EntityIndex;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/search?q=QUERY&offset=N&limit=N}: a page of hits; {@code GET
 * /api/search/facets?q=QUERY}: the result set's facets ({@link SearchAnswers}). A query the store
 * cannot parse is a 400 with its one-line reason.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/search", "/api/search/facets"})
public class SearchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient SearchAnswers answers;
    /** The corpus's facets, counted before the first page asks. */
    private final transient Warmup warmup;

    @Activate
    public SearchServlet(@Reference CorpusStore store, @Reference EntityIndex index) {
        this.answers = new SearchAnswers(store, index);
        this.warmup = new Warmup("facets", () -> answers.facets(""));
    }

    @Override
    public void init() {
        warmup.start();
    }

    @Override
    public void destroy() {
        warmup.stop();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (request.getServletPath().endsWith("/facets")) {
                Json.write(response, answers.facets(request.getParameter("q")));
                return;
            }
            Json.write(response, answers.search(request.getParameter("q"), number(request, "offset", 0),
                    number(request, "limit", 20)));
        } catch (IllegalArgumentException | CorpusException e) {
            Json.error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }

    static int number(HttpServletRequest request, String name, int otherwise) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + name + " is not a whole number: " + value, e);
        }
    }
}
