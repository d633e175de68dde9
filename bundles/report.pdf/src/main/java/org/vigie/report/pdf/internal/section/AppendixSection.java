package org.vigie.report.pdf.internal.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.entities.api.CurationReport;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.report.api.Briefing;
import org.vigie.report.api.BriefingSection;
import org.vigie.report.api.Layout;
import org.vigie.report.api.SelectedDocument;
import org.vigie.report.api.Table;
import org.vigie.report.api.Table.Column;
import org.vigie.report.api.Text;
import org.vigie.report.api.propertytypes.BriefingSectionService;

/** The appendix: one short entry per document (the cited first), with its main entities. */
@Component(service = BriefingSection.class, configurationPid = "org.vigie.report.appendix")
@BriefingSectionService(id = "appendix", title = "Annexe : les documents", order = 700)
@Designate(ocd = AppendixSection.Config.class)
public class AppendixSection implements BriefingSection {

    @ObjectClassDefinition(name = "Vigie briefing: appendix", description = "How many items the section lists at most")
    public @interface Config {
        @AttributeDefinition(description = "Documents detailed at most")
        int listed() default 100;

        @AttributeDefinition(description = "Entities named per document")
        int entities() default 6;
    }

    private final Config config;

    @Activate
    public AppendixSection(Config config) {
        this.config = config;
    }

    @Override
    public void write(Briefing briefing, Layout layout) {
        Map<String, DocumentSummary> listed = new LinkedHashMap<>();
        for (SelectedDocument s : briefing.citations().cited()) {
            listed.put(s.document().id(), s.document());
        }
        for (DocumentSummary d : briefing.selection().documents()) {
            if (listed.size() >= config.listed()) {
                break;
            }
            listed.putIfAbsent(d.id(), d);
        }
        List<List<Text>> rows = new ArrayList<>();
        for (DocumentSummary d : listed.values().stream().limit(Math.max(config.listed(), 0)).toList()) {
            var number = briefing.citations().number(d.id());
            rows.add(List.of(number.isPresent() ? Text.EMPTY.cite(number.getAsInt()) : Text.of("—"), describe(d),
                    Text.of(entities(briefing.entities().document(d.id())))));
        }
        int rest = briefing.selection().size() - rows.size();
        layout.table(new Table(List.of(Column.left("Réf.", 0.6f), Column.left("Document", 4f),
                Column.left("Entités principales", 3.4f)), rows));
        if (rest > 0) {
            layout.note(Text.of(French.count(rest, "autre document n’est pas détaillé",
                    "autres documents ne sont pas détaillés") + " ici ; corpus:list les donne tous."));
        }
        curation(briefing.entities().curation()).ifPresent(note -> layout.note(Text.of(note)));
    }

    /** What the analyst corrected in the entities named here, when they did: entities:history details it. */
    static Optional<String> curation(CurationReport report) {
        if (report.applied() == 0) {
            return Optional.empty();
        }
        return Optional.of(French.count(report.applied(), "décision de l’analyste appliquée",
                "décisions de l’analyste appliquées") + " aux entités (entities:history les détaille).");
    }

    private static Text describe(DocumentSummary d) {
        DocumentMetadata m = d.metadata();
        return Text.EMPTY.bold(m.title() == null ? "(sans titre)" : m.title())
                .then(" — " + (m.source() == null ? "source inconnue" : m.source()) + ", "
                        + (m.published() == null ? "non daté" : French.date(m.published())));
    }

    private String entities(Optional<DocumentEntities> extracted) {
        if (extracted.isEmpty()) {
            return "entités non extraites";
        }
        List<String> names = extracted.get().entities().stream().filter(e -> e.type().isEntity())
                .sorted(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name))
                .limit(config.entities()).map(Names::of).toList();
        return names.isEmpty() ? "aucune entité" : String.join(", ", names);
    }
}
