package org.vigie.report.pdf.internal.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.vigie.entities.api.Mention;
import org.vigie.report.api.Briefing;
import org.vigie.report.api.BriefingSection;
import org.vigie.report.api.Layout;
import org.vigie.report.api.Table;
import org.vigie.report.api.Table.Column;
import org.vigie.report.api.Text;
import org.vigie.report.api.propertytypes.BriefingSectionService;

/** The timeline: dated sentences in date order, then the dates whose year is unknown, apart. */
@Component(service = BriefingSection.class, configurationPid = "org.vigie.report.timeline")
@BriefingSectionService(id = "timeline", title = "Chronologie", order = 400)
@Designate(ocd = TimelineSection.Config.class)
public class TimelineSection implements BriefingSection {

    @ObjectClassDefinition(name = "Vigie briefing: timeline", description = "How many items the section lists at most")
    public @interface Config {
        @AttributeDefinition(description = "Dated events listed at most (the most corroborated)")
        int dated() default 40;

        @AttributeDefinition(description = "Dates without a year listed at most")
        int undated() default 15;
    }

    private final Config config;

    @Activate
    public TimelineSection(Config config) {
        this.config = config;
    }

    @Override
    public void write(Briefing briefing, Layout layout) {
        Map<String, TimelineEvent> dated = new LinkedHashMap<>();
        Map<String, TimelineEvent> undated = new LinkedHashMap<>();
        for (Mention m : briefing.entities().dates(briefing.selection().indexScope())) {
            String excerpt = Excerpts.around(m, 300);
            String sentence = (m.sentenceText() == null ? m.text() : m.sentenceText()).replaceAll("\\s+", " ").strip();
            boolean iso = m.value() != null && m.value().matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
            Map<String, TimelineEvent> target = iso ? dated : undated;
            String key = (iso ? m.value() : m.text()) + "|" + excerpt;
            target.computeIfAbsent(key, k -> new TimelineEvent(iso ? m.value() : null, null, m.text(), sentence, excerpt,
                    new LinkedHashSet<>())).documents().add(m.documentId());
        }
        if (dated.isEmpty() && undated.isEmpty()) {
            layout.paragraph(Text.of("Aucune date n’a été extraite des documents sélectionnés."));
            return;
        }
        List<TimelineEvent> rows = TimelineEvent.consecutiveDaysMerged(dated.values());
        List<TimelineEvent> events = keep(rows, config.dated(), briefing);
        events.sort(Comparator.comparing(TimelineEvent::iso));
        if (events.isEmpty()) {
            layout.paragraph(Text.of("Aucune date complète (avec son année) n’a été extraite des documents sélectionnés."));
        } else {
            layout.table(new Table(List.of(Column.left("Date", 1.25f), Column.left("Ce que dit la source", 5f)),
                    events.stream().map(e -> List.of(Text.of(e.when()), cited(briefing, e))).toList()));
        }
        omitted(layout, rows.size() - events.size());
        if (!undated.isEmpty()) {
            layout.heading("Dates dont l’année n’est pas connue");
            layout.note(Text.of("L’année de ces dates n’a pas pu être établie à partir du texte : elles sont citées "
                    + "telles qu’écrites et ne sont pas placées dans la chronologie."));
            List<TimelineEvent> rest = keep(undated.values(), config.undated(), briefing);
            layout.bullets(rest.stream().map(e -> Text.EMPTY.bold(e.written() + " : ").then(cited(briefing, e))).toList());
            omitted(layout, undated.size() - rest.size());
        }
    }

    /** The most corroborated events (by independent sources: copies count once), at most {@code limit}, in first-seen order. */
    private static List<TimelineEvent> keep(java.util.Collection<TimelineEvent> events, int limit, Briefing briefing) {
        List<TimelineEvent> all = new ArrayList<>(events);
        if (all.size() <= limit) {
            return all;
        }
        List<TimelineEvent> kept = new ArrayList<>(all.stream()
                .sorted(Comparator.comparingInt((TimelineEvent e) -> briefing.citations().independent(e.documents())).reversed())
                .limit(limit).toList());
        kept.sort(Comparator.comparingInt(all::indexOf));
        return kept;
    }

    private static Text cited(Briefing briefing, TimelineEvent e) {
        Text t = Text.of(e.excerpt());
        for (String doc : e.documents().stream().map(briefing.citations()::source).distinct().limit(3).toList()) {
            t = t.cite(briefing.citations().cite(doc)).then(French.reprints(briefing.citations(), doc));
        }
        return t;
    }

    private static void omitted(Layout layout, int count) {
        if (count > 0) {
            layout.note(Text.of(French.count(count, "autre date n’est pas reprise", "autres dates ne sont pas reprises")
                    + " : seules les plus citées figurent ici."));
        }
    }
}
