package org.vigie.report.pdf.internal.section;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Component;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.report.api.Briefing;
import org.vigie.report.api.Drawing;
import org.vigie.report.api.BriefingSection;
import org.vigie.report.api.Layout;
import org.vigie.report.api.Selection;
import org.vigie.report.api.Text;
import org.vigie.report.api.propertytypes.BriefingSectionService;

/** The cover: marking, title, scope, period covered, date, and who made it. */
@Component(service = BriefingSection.class)
@BriefingSectionService(id = "cover", title = "Couverture", order = 100, headed = false)
public class CoverSection implements BriefingSection {

    @Override
    public void write(Briefing briefing, Layout layout) {
        Selection selection = briefing.selection();
        if (briefing.marking() != null) {
            layout.label(briefing.marking());
        }
        layout.space(110);
        layout.title(briefing.title());
        layout.drawing(new Drawing(layout.width(), 6, List.of(new Drawing.Box(0, 0, 90, 4, Drawing.Colour.of(0x1f3a5f))),
                null));
        layout.paragraph(Text.EMPTY.italic("Note d’analyse établie à partir d’un corpus de presse, sources citées"));
        layout.space(30);
        layout.paragraph(Text.EMPTY.bold("Périmètre : ").then(selection.scope()));
        int independent = briefing.citations().independent(selection.ids());
        layout.paragraph(Text.EMPTY.bold("Documents : ").then(French.count(selection.size(), "document", "documents")
                + " de " + outlets(selection) + (independent == selection.size() ? "" : ", soit "
                + French.count(independent, "source indépendante", "sources indépendantes")
                + " (les copies d’une même dépêche comptent pour une)")));
        layout.paragraph(Text.EMPTY.bold("Période couverte : ").then(period(selection)));
        layout.paragraph(Text.EMPTY.bold("Date de la note : ").then(French.date(briefing.date())));
        layout.paragraph(Text.EMPTY.bold("Généré par : ").then(briefing.generator()));
        layout.space(30);
        layout.note(Text.of("Chaque affirmation renvoie à sa source par un numéro entre crochets, par exemple [1], "
                + "qui mène à la liste des sources en fin de note. Les entités (personnes, organisations, lieux) "
                + "et les dates ont été extraites automatiquement des textes ; les chiffres sont des comptes, "
                + "pas des estimations."));
        layout.pageBreak();
    }

    private static String outlets(Selection selection) {
        Map<String, Integer> counts = new TreeMap<>();
        for (DocumentSummary d : selection.documents()) {
            counts.merge(Objects.requireNonNullElse(d.metadata().source(), "source inconnue"), 1, Integer::sum);
        }
        String names = String.join(", ", counts.keySet().stream().limit(6).toList());
        String more = counts.size() > 6 ? "…" : "";
        return French.count(counts.size(), "source", "sources") + " (" + names + more + ")";
    }

    private static String period(Selection selection) {
        LocalDate first = null;
        LocalDate last = null;
        int undated = 0;
        for (DocumentSummary d : selection.documents()) {
            LocalDate p = d.metadata().published();
            if (p == null) {
                undated++;
                continue;
            }
            first = first == null || p.isBefore(first) ? p : first;
            last = last == null || p.isAfter(last) ? p : last;
        }
        String range = first == null ? "dates de publication inconnues"
                : first.equals(last) ? "le " + French.date(first) : "du " + French.date(first) + " au " + French.date(last);
        return undated == 0 || first == null ? range
                : range + " (" + French.count(undated, "document non daté", "documents non datés") + ")";
    }
}
