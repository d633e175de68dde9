package org.vigie.report.pdf.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.corpus.api.SearchHit;
import org.vigie.corpus.api.SearchRequest;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.report.api.ReportException;
import org.vigie.report.api.Selection;
import org.vigie.report.api.SelectionCriteria;
import org.vigie.report.pdf.internal.section.French;
import org.vigie.report.pdf.internal.section.Names;

/** Chooses a briefing's documents: all, a search, a publication date range, an entity's documents. */
final class DocumentSelector {

    /** Publication date (undated last), then title, then id: the same order on every run. */
    static final Comparator<DocumentSummary> ORDER = Comparator
            .comparing((DocumentSummary d) -> d.metadata().published(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(d -> d.metadata().title(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DocumentSummary::id);

    private final CorpusStore store;
    private final EntityIndex index;
    private final int maxDocuments;

    DocumentSelector(CorpusStore store, EntityIndex index, int maxDocuments) {
        this.store = store;
        this.index = index;
        this.maxDocuments = maxDocuments;
    }

    Selection select(SelectionCriteria request) {
        List<String> scope = new ArrayList<>();
        List<DocumentSummary> documents;
        if (request.query() != null) {
            documents = store.search(SearchRequest.of(request.query(), maxDocuments)).hits().stream()
                    .map(SearchHit::document).collect(Collectors.toCollection(ArrayList::new));
            scope.add("requête « " + request.query() + " »");
        } else {
            documents = new ArrayList<>(store.list(0, maxDocuments));
        }
        boolean whole = request.query() == null && store.count() <= maxDocuments;
        if (request.from() != null || request.to() != null) {
            documents.removeIf(d -> !within(d.metadata().published(), request.from(), request.to()));
            scope.add(range(request.from(), request.to()));
            whole = false;
        }
        if (request.entity() != null) {
            Entity entity = index.find(request.entity()).orElseThrow(() -> new ReportException("no entity named '"
                    + request.entity() + "' in the entity index: check the spelling or run entities:extract"));
            Set<String> ids = index.documents(entity.key());
            documents.removeIf(d -> !ids.contains(d.id()));
            scope.add("documents mentionnant « " + Names.of(entity) + " »");
            whole = false;
        }
        documents.sort(ORDER);
        String words = scope.isEmpty() ? "tout le corpus" : String.join(", ", scope);
        return new Selection(documents, words, whole);
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    private static String range(LocalDate from, LocalDate to) {
        if (from != null && to != null) {
            return "publiés du " + French.date(from) + " au " + French.date(to);
        }
        return from != null ? "publiés depuis le " + French.date(from) : "publiés jusqu'au " + French.date(to);
    }
}
