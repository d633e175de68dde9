package org.vigie.web.internal.api;

import java.io.IOException;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.copies.CorpusCopies;
import org.vigie.entities.api.EntityIndex;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /api/documents/ID}: one document with its annotations, entities and copies ({@link DocumentAnswers}). */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/documents/*")
public class DocumentServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient DocumentAnswers answers;
    /** The store's copy clusters, loaded before a document asks. */
    private final transient Warmup warmup;

    @Activate
    public DocumentServlet(@Reference CorpusStore store, @Reference EntityIndex index, @Reference CorpusCopies copies) {
        this.answers = new DocumentAnswers(store, index, copies);
        this.warmup = new Warmup("copies", () -> copies.clusterOf(""));
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
        String info = request.getPathInfo();
        String id = info == null ? "" : info.substring(1);
        if (id.isBlank()) {
            Json.error(response, HttpServletResponse.SC_BAD_REQUEST, "identifiant de document manquant : /api/documents/ID");
            return;
        }
        Optional<DocumentAnswers.Answer> answer;
        try {
            answer = answers.document(id);
        } catch (CorpusException | IllegalArgumentException e) {
            Json.error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        if (answer.isEmpty()) {
            Json.error(response, HttpServletResponse.SC_NOT_FOUND, "aucun document " + id);
            return;
        }
        Json.write(response, answer.get());
    }
}
