package org.vigie.report.pdf.internal.section;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;
import org.vigie.report.api.Briefing;
import org.vigie.report.api.BriefingSection;
import org.vigie.report.api.Layout;
import org.vigie.report.api.Table;
import org.vigie.report.api.Table.Column;
import org.vigie.report.api.Text;
import org.vigie.report.api.propertytypes.BriefingSectionService;

/** Relationships: the co-occurrence network of the most connected entities, and mentions per top entity. */
@Component(service = BriefingSection.class, configurationPid = "org.vigie.report.relations")
@BriefingSectionService(id = "relations", title = "Relations", order = 500)
@Designate(ocd = RelationshipsSection.Config.class)
public class RelationshipsSection implements BriefingSection {

    @ObjectClassDefinition(name = "Vigie briefing: relationships", description = "How many items the section lists at most")
    public @interface Config {
        @AttributeDefinition(description = "Co-occurring pairs read from the entity index")
        int pairs() default 200;

        @AttributeDefinition(description = "Entities drawn in the network")
        int hubs() default 14;

        @AttributeDefinition(description = "Entities in the mentions chart")
        int bars() default 12;

        @AttributeDefinition(description = "Rows of the strongest links table")
        int strongest() default 8;
    }

    private final Config config;

    @Activate
    public RelationshipsSection(Config config) {
        this.config = config;
    }

    @Override
    public void write(Briefing briefing, Layout layout) {
        var scope = briefing.selection().indexScope();
        // copies of one dispatch repeat its sentences: they are read once, in the document cited
        List<CoOccurrence> pairs = briefing.entities().coOccurrences(new IndependentSources(briefing).withoutCopies(),
                config.pairs()).stream()
                .filter(p -> p.first().type().isEntity() && p.second().type().isEntity()).toList();
        if (pairs.isEmpty()) {
            layout.paragraph(Text.of("Aucune paire d’entités n’est citée dans une même phrase des documents sélectionnés."));
        } else {
            List<Entity> hubs = NetworkDrawing.hubs(pairs, config.hubs());
            layout.drawing(NetworkDrawing.draw(hubs, pairs, layout.width(), "Figure 1 — Réseau des " + hubs.size()
                    + " entités les plus liées. Deux entités sont reliées quand une même phrase les cite ; le trait "
                    + "s’épaissit avec le nombre de phrases communes, le disque grandit avec le nombre de mentions."));
            layout.heading("Liens les plus fréquents");
            layout.table(new Table(List.of(Column.left("Entité", 3f), Column.left("Entité", 3f),
                    Column.right("Phrases communes", 1.4f)), pairs.stream().limit(config.strongest())
                    .map(p -> List.of(Text.of(Names.of(p.first())), Text.of(Names.of(p.second())),
                            Text.of(French.number(p.sentences())))).toList()));
        }
        List<Entity> top = briefing.entities().entities(EntityType.CORE, scope, config.bars());
        if (!top.isEmpty()) {
            layout.heading("Mentions par entité");
            layout.drawing(MentionsChart.draw(top, layout.width(), "Figure 2 — Nombre de mentions des " + top.size()
                    + " entités les plus citées (couleur : type d’entité, comme dans la figure 1)."));
        }
    }
}
