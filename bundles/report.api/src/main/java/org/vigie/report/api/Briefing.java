package org.vigie.report.api;

import java.time.LocalDate;
import java.util.Objects;

import org.vigie.entities.api.EntityIndex;

/**
 * What a section writes from: the request, the selected documents, their citation numbers and
 * the entity index. Valid for one call of {@link BriefingSection#write}; keep nothing of it.
 *
 * @param request the request as the analyst gave it
 * @param title the briefing's title (the request's, or the default)
 * @param marking the handling marking, or {@code null} for none
 * @param date the briefing's date
 * @param generator the tool and version, e.g. {@code Vigie 0.1.0}
 * @param selection the selected documents
 * @param citations the citation numbers of this briefing
 * @param entities the entity index to aggregate from (scope queries with
 *     {@link Selection#indexScope()})
 */
public record Briefing(BriefingRequest request, String title, String marking, LocalDate date, String generator,
        Selection selection, Citations citations, EntityIndex entities) {

    public Briefing {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(citations, "citations");
        Objects.requireNonNull(entities, "entities");
    }
}
