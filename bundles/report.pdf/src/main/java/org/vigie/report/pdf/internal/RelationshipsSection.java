package org.vigie.report.pdf.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;
import org.vigie.report.api.Briefing;
import org.vigie.report.api.BriefingSection;
import org.vigie.report.api.Layout;
import org.vigie.report.api.Table;
import org.vigie.report.api.Table.Column;
import org.vigie.report.api.Text;

/** Relationships: the co-occurrence network of the most connected entities, and mentions per top entity. */
@Component(service = BriefingSection.class)
public class RelationshipsSection implements BriefingSection {

    private static final int PAIRS = 200;
    private static final int HUBS = 14;
    private static final int BARS = 12;
    private static final int STRONGEST = 8;

    @Override
    public String id() {
        return "relations";
    }

    @Override
    public String title() {
        return "Relations";
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void write(Briefing briefing, Layout layout) {
        var scope = briefing.selection().indexScope();
        List<CoOccurrence> pairs = briefing.entities().coOccurrences(scope, PAIRS).stream()
                .filter(p -> p.first().type().isEntity() && p.second().type().isEntity()).toList();
        if (pairs.isEmpty()) {
            layout.paragraph(Text.of("Aucune paire d’entités n’est citée dans une même phrase des documents sélectionnés."));
        } else {
            List<Entity> hubs = NetworkDrawing.hubs(pairs, HUBS);
            layout.drawing(NetworkDrawing.draw(hubs, pairs, layout.width(), "Figure 1 — Réseau des " + hubs.size()
                    + " entités les plus liées. Deux entités sont reliées quand une même phrase les cite ; le trait "
                    + "s’épaissit avec le nombre de phrases communes, le disque grandit avec le nombre de mentions."));
            layout.heading("Liens les plus fréquents");
            layout.table(new Table(List.of(Column.left("Entité", 3f), Column.left("Entité", 3f),
                    Column.right("Phrases communes", 1.4f)), pairs.stream().limit(STRONGEST)
                    .map(p -> List.of(Text.of(Names.of(p.first())), Text.of(Names.of(p.second())),
                            Text.of(French.number(p.sentences())))).toList()));
        }
        List<Entity> top = briefing.entities().entities(EntityType.CORE, scope, BARS);
        if (!top.isEmpty()) {
            layout.heading("Mentions par entité");
            layout.drawing(MentionsChart.draw(top, layout.width(), "Figure 2 — Nombre de mentions des " + top.size()
                    + " entités les plus citées (couleur : type d’entité, comme dans la figure 1)."));
        }
    }
}
