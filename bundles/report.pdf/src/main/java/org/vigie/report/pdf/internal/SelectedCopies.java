package org.vigie.report.pdf.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vigie.corpus.api.DocumentSummary;
import org.vigie.corpus.api.copies.Copy;
import org.vigie.corpus.api.copies.CopyCluster;

/**
 * The syndicated copies within a briefing's selection: each cluster's earliest published selected
 * document is the source the others are cited under.
 */
final class SelectedCopies {
    private final Map<String, String> sources = new HashMap<>();
    private final Map<String, List<DocumentSummary>> copies = new HashMap<>();

    /** @param selected the selected documents by id; @param clusters the corpus's clusters of copies */
    SelectedCopies(Map<String, DocumentSummary> selected, List<CopyCluster> clusters) {
        for (CopyCluster cluster : clusters) {
            List<DocumentSummary> members = new ArrayList<>();
            for (Copy copy : cluster.members()) {
                DocumentSummary document = selected.get(copy.id());
                if (document != null) {
                    members.add(document);
                }
            }
            if (members.size() > 1) {
                String source = members.get(0).id();
                members.subList(1, members.size()).forEach(d -> sources.put(d.id(), source));
                copies.put(source, List.copyOf(members.subList(1, members.size())));
            }
        }
    }

    String source(String documentId) {
        return sources.getOrDefault(documentId, documentId);
    }

    List<DocumentSummary> copies(String documentId) {
        return copies.getOrDefault(documentId, List.of());
    }
}
