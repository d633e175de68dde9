package org.vigie.web.views.internal.http;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.vigie.curation.api.CurationException;
import org.vigie.curation.api.CurationLog;
import org.vigie.curation.api.Decision;
import org.vigie.entities.api.EntityIndex;
import org.vigie.web.views.internal.entity.EntityCuration;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /api/curation/ACTION} (merge, split, rename, reject, undo) with a JSON body: one
 * decision appended to the curation log, answered as {@code {decisions: [{id, action, targets}]}};
 * a refused decision is a 400 with its reason. The access guard has checked the CSRF header.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/curation/*")
public class CurationServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** Every field any action reads; each action reads its own. */
    record Request(List<String> names, String name, String as, String newName, List<String> documents, String document,
            String note) {
    }

    private final transient EntityCuration curation;

    @Activate
    public CurationServlet(@Reference EntityIndex index, @Reference CurationLog log) {
        this.curation = new EntityCuration(index, log);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = request.getPathInfo() == null ? "" : request.getPathInfo().replace("/", "");
        try {
            Request r = JsonExchange.body(request, Request.class);
            List<Decision> done = switch (action) {
                case "merge" -> List.of(curation.merge(r.names() == null ? List.of() : r.names(), r.as(), r.note()));
                case "split" -> List.of(curation.split(r.name(), r.documents() == null ? List.of() : r.documents(), r.note()));
                case "rename" -> List.of(curation.rename(r.name(), r.newName(), r.note()));
                case "reject" -> List.of(curation.reject(r.name(), r.document(), r.note()));
                case "undo" -> curation.undo(r.note());
                default -> throw new CurationException("action inconnue « " + action + " » : merge, split, rename, reject ou undo");
            };
            JsonExchange.answer(response, Map.of("decisions", done.stream()
                    .map(d -> Map.of("id", d.id(), "action", d.action(), "targets", d.targets())).toList()));
        } catch (CurationException | IllegalArgumentException e) {
            JsonExchange.refuse(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }
}
