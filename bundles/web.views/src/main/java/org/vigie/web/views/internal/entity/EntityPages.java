package org.vigie.web.views.internal.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.vigie.corpus.api.DocumentSummary;
import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.Mention;
import org.vigie.report.api.DocumentSelection;
import org.vigie.report.api.Selection;
import org.vigie.report.api.SelectionCriteria;
import org.vigie.web.views.internal.entity.EntityPage.Dated;
import org.vigie.web.views.internal.entity.EntityPage.InContext;
import org.vigie.web.views.internal.entity.EntityPage.Month;
import org.vigie.web.views.internal.entity.EntityPage.Neighbour;

/**
 * Builds the entity view's page from the entity index (facts, mentions, neighbours, dates), the
 * document selection (the documents naming it, with their metadata: the same selection the briefing
 * and the exports make) and the curation log's history.
 */
public final class EntityPages {

    /** The mentions shown in context, and the most read for the timeline. */
    static final int SHOWN = 50;
    static final int TIMELINE = 5_000;
    static final int NEIGHBOURS = 15;

    private final EntityIndex index;
    private final DocumentSelection selection;
    private final CurationHistory history;

    public EntityPages(EntityIndex index, DocumentSelection selection, CurationHistory history) {
        this.index = index;
        this.selection = selection;
        this.history = history;
    }

    /** The page of the entity with this key, name or alias; empty when the index knows none. */
    public Optional<EntityPage> page(String keyOrName) {
        return index.find(keyOrName).map(this::page);
    }

    private EntityPage page(Entity e) {
        Selection documents = selection.select(new SelectionCriteria(null, null, null, e.key()));
        Map<String, DocumentSummary> byId = documents.byId();
        List<Mention> all = index.mentions(e.key(), List.of(), TIMELINE);
        List<InContext> shown = all.stream().limit(SHOWN).map(m -> inContext(m, byId.get(m.documentId()))).toList();
        List<Neighbour> neighbours = index.coOccurrences(e.key(), List.of(), NEIGHBOURS).stream()
                .map(c -> neighbour(e, c)).toList();
        return new EntityPage(e.key(), e.type().name(), e.name(), e.aliases(), e.roles(), e.affiliations(), e.mentions(),
                e.documents(), shown, neighbours, timeline(all, byId), dated(all), history.of(e));
    }

    private static InContext inContext(Mention m, DocumentSummary document) {
        int begin = Math.max(0, m.span().begin() - m.sentence().begin());
        int end = Math.min(m.sentenceText().length(), begin + m.span().length());
        String title = document == null ? null : document.metadata().title();
        String published = document == null || document.metadata().published() == null ? null
                : document.metadata().published().toString();
        return new InContext(m.documentId(), title, published, m.sentenceText(), begin, end);
    }

    private static Neighbour neighbour(Entity e, CoOccurrence c) {
        Entity other = c.first().key().equals(e.key()) ? c.second() : c.first();
        return new Neighbour(other.key(), other.type().name(), other.name(), c.sentences());
    }

    /** Mentions per month of publication, oldest first, the undated last. */
    static List<Month> timeline(List<Mention> mentions, Map<String, DocumentSummary> documents) {
        TreeMap<String, Integer> months = new TreeMap<>();
        int undated = 0;
        for (Mention m : mentions) {
            DocumentSummary d = documents.get(m.documentId());
            if (d == null || d.metadata().published() == null) {
                undated++;
            } else {
                months.merge(d.metadata().published().toString().substring(0, 7), 1, Integer::sum);
            }
        }
        List<Month> timeline = new ArrayList<>();
        months.forEach((month, n) -> timeline.add(new Month(month, n)));
        if (undated > 0) {
            timeline.add(new Month("sans date", undated));
        }
        return timeline;
    }

    /** The mentions whose sentence has a DATE with a value, by that date. */
    private List<Dated> dated(List<Mention> mentions) {
        List<String> documents = mentions.stream().map(Mention::documentId).distinct().toList();
        if (documents.isEmpty()) {
            return List.of();
        }
        Map<String, List<Mention>> dates = index.dates(documents).stream().filter(d -> d.value() != null)
                .collect(Collectors.groupingBy(Mention::documentId));
        List<Dated> dated = new ArrayList<>();
        for (Mention m : mentions) {
            dates.getOrDefault(m.documentId(), List.of()).stream().filter(d -> m.sentence().contains(d.span())).findFirst()
                    .ifPresent(d -> dated.add(new Dated(d.value(), m.documentId(), m.sentenceText())));
        }
        dated.sort(Comparator.comparing(Dated::date));
        return dated.stream().distinct().limit(SHOWN).toList();
    }
}
