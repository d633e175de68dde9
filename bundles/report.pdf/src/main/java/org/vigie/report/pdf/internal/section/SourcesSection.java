package org.vigie.report.pdf.internal.section;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.report.api.Briefing;
import org.vigie.report.api.BriefingSection;
import org.vigie.report.api.Layout;
import org.vigie.report.api.SelectedDocument;
import org.vigie.report.api.Text;
import org.vigie.report.api.propertytypes.BriefingSectionService;

/**
 * The numbered sources: every document cited, then further selected documents up to a readable
 * number; each entry is the target of its citations' links.
 */
@Component(service = BriefingSection.class, configurationPid = "org.vigie.report.sources")
@BriefingSectionService(id = "sources", title = "Sources", order = 600)
@Designate(ocd = SourcesSection.Config.class)
public class SourcesSection implements BriefingSection {

    @ObjectClassDefinition(name = "Vigie briefing: sources", description = "How many items the section lists at most")
    public @interface Config {
        @AttributeDefinition(description = "Sources listed at most when fewer are cited (every cited one is always listed)")
        int listed() default 60;
    }

    private final Config config;

    @Activate
    public SourcesSection(Config config) {
        this.config = config;
    }

    /** Sources listed at most when the cited ones are fewer; the cited ones are always all listed. */

    @Override
    public void write(Briefing briefing, Layout layout) {
        int cited = briefing.citations().cited().size();
        for (DocumentSummary d : briefing.selection().documents()) {
            if (briefing.citations().cited().size() >= Math.max(config.listed(), cited)) {
                break;
            }
            briefing.citations().cite(d.id());
        }
        List<SelectedDocument> listed = briefing.citations().cited();
        int rest = briefing.selection().size() - listed.size()
                - listed.stream().mapToInt(l -> briefing.citations().copies(l.document().id()).size()).sum();
        layout.note(Text.of(French.count(cited, "document est cité", "documents sont cités") + " dans cette note"
                + (listed.size() > cited ? " (numéros 1 à " + cited + ") ; les suivants complètent la sélection." : ".")
                + (listed.stream().anyMatch(l -> !briefing.citations().copies(l.document().id()).isEmpty())
                        ? " Les copies d’une même dépêche sont citées sous son original, le plus ancien, avec « repris par N »."
                        : "")
                + (rest > 0 ? " " + French.count(rest, "autre document", "autres documents")
                        + " de la sélection ne sont pas listés ici (corpus:list les donne tous)." : "")));
        if (listed.stream().anyMatch(s -> briefing.citations().grade(s.document().id()).known())) {
            layout.note(Text.of(AdmiraltyScale.LEGEND));
        }
        for (SelectedDocument s : listed) {
            Text rating = AdmiraltyScale.rating(briefing.citations().grade(s.document().id()));
            Text entry = rating.runs().isEmpty() ? entry(s.document()) : entry(s.document()).then(". ").then(rating);
            layout.source(s.citation(), entry.then(copies(briefing.citations().copies(s.document().id()))));
        }
    }

    /** The copies a source stands for, listed under it: " Repris par 2 : VNA, 29 octobre 2025 (réf. …) ; …". */
    static Text copies(List<DocumentSummary> copies) {
        if (copies.isEmpty()) {
            return Text.EMPTY;
        }
        List<String> each = copies.stream().map(c -> (c.metadata().source() == null ? "source inconnue" : c.metadata().source())
                + ", " + (c.metadata().published() == null ? "non daté" : French.date(c.metadata().published()))
                + " (réf. " + c.id().substring(0, Math.min(12, c.id().length())) + ")").toList();
        return Text.of(". ").italic("Repris par " + French.number(copies.size()) + " : " + String.join(" ; ", each) + ".");
    }

    static Text entry(DocumentSummary d) {
        DocumentMetadata m = d.metadata();
        Text t = Text.EMPTY.bold(m.title() == null ? "(sans titre)" : m.title()).then(". ");
        t = t.then((m.source() == null ? "Source inconnue" : m.source()) + ", "
                + (m.published() == null ? "non daté" : French.date(m.published())) + ".");
        if (m.url() != null) {
            t = t.then(" ").italic(m.url()).then(".");
        }
        if (m.fileName() != null) {
            t = t.then(" Fichier : " + m.fileName() + ".");
        }
        return t.then(" Réf. " + d.id().substring(0, Math.min(12, d.id().length())));
    }
}
