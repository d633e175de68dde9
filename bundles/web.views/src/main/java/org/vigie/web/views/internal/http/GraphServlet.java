package org.vigie.web.views.internal.http;

import java.io.IOException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.vigie.corpus.api.CorpusException;
import org.vigie.entities.api.EntityIndex;
import org.vigie.report.api.DocumentSelection;
import org.vigie.report.api.ReportException;
import org.vigie.web.views.internal.graph.CoOccurrenceGraph;
import org.vigie.web.views.internal.graph.GraphQuery;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /api/graph?q=&from=&to=&types=&min=&nodes=}: the co-occurrence network of a selection. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/graph")
public class GraphServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient CoOccurrenceGraph graphs;

    @Activate
    public GraphServlet(@Reference EntityIndex index, @Reference DocumentSelection selection) {
        this.graphs = new CoOccurrenceGraph(index, selection);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            JsonExchange.answer(response, graphs.graph(GraphQuery.of(request::getParameter)));
        } catch (IllegalArgumentException | ReportException | CorpusException e) {
            JsonExchange.refuse(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }
}
