package org.vigie.report.pdf.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.vigie.corpus.api.DocumentSummary;
import org.vigie.corpus.api.copies.CopyCluster;
import org.vigie.curation.api.SourceGrades;
import org.vigie.report.api.Citations;
import org.vigie.report.api.Grade;
import org.vigie.report.api.ReportException;
import org.vigie.report.api.SelectedDocument;
import org.vigie.report.api.Selection;

/**
 * Citation numbers in order of first citation, for one briefing, copies cited under their source's
 * number, and the grades the analyst gave the cited documents and their sources (read once per
 * document: a briefing is one state of the curation log).
 */
public final class BriefingCitations implements Citations {

    private final Map<String, DocumentSummary> selected;
    private final SelectedCopies copies;
    private final SourceGrades grades;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<SelectedDocument> cited = new ArrayList<>();
    private final Map<String, Grade> graded = new HashMap<>();

    /** Citations without copies or grades. */
    public BriefingCitations(Selection selection) {
        this(selection, List.of(), null);
    }

    /**
     * @param clusters the corpus's clusters of syndicated copies (any, the selection's are picked)
     * @param grades the analyst's grades, or null when no curation log is running (ungraded)
     */
    public BriefingCitations(Selection selection, List<CopyCluster> clusters, SourceGrades grades) {
        this.selected = selection.byId();
        this.copies = new SelectedCopies(selected, clusters);
        this.grades = grades;
    }

    @Override
    public synchronized int cite(String citedId) {
        String documentId = copies.source(citedId);
        Integer n = numbers.get(documentId);
        if (n != null) {
            return n;
        }
        DocumentSummary document = selected.get(documentId);
        if (document == null) {
            throw new ReportException("cannot cite document " + documentId + ": it is not in the briefing's selection");
        }
        SelectedDocument entry = new SelectedDocument(cited.size() + 1, document);
        cited.add(entry);
        numbers.put(documentId, entry.citation());
        return entry.citation();
    }

    @Override
    public synchronized OptionalInt number(String documentId) {
        Integer n = numbers.get(copies.source(documentId));
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }

    @Override
    public synchronized List<SelectedDocument> cited() {
        return List.copyOf(cited);
    }

    @Override
    public synchronized Grade grade(String documentId) {
        DocumentSummary document = selected.get(documentId);
        if (grades == null || document == null) {
            return Grade.NONE;
        }
        return graded.computeIfAbsent(documentId, id -> {
            String source = document.metadata().source();
            String reliability = source == null ? null : grades.reliability(source).orElse(null);
            return new Grade(reliability, grades.credibility(id).orElse(0));
        });
    }

    @Override
    public String source(String documentId) {
        return copies.source(documentId);
    }

    @Override
    public List<DocumentSummary> copies(String documentId) {
        return copies.copies(documentId);
    }
}
