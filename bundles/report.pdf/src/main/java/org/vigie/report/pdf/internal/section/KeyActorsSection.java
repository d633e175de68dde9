package org.vigie.report.pdf.internal.section;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.EntityType;
import org.vigie.report.api.Briefing;
import org.vigie.report.api.BriefingSection;
import org.vigie.report.api.Layout;
import org.vigie.report.api.Table;
import org.vigie.report.api.Table.Column;
import org.vigie.report.api.Text;
import org.vigie.report.api.propertytypes.BriefingSectionService;

/** Key actors: people with their roles and affiliations, then organisations, places and other entities. */
@Component(service = BriefingSection.class, configurationPid = "org.vigie.report.actors")
@BriefingSectionService(id = "actors", title = "Acteurs clés", order = 300)
@Designate(ocd = KeyActorsSection.Config.class)
public class KeyActorsSection implements BriefingSection {

    @ObjectClassDefinition(name = "Vigie briefing: key actors", description = "How many items the section lists at most")
    public @interface Config {
        @AttributeDefinition(description = "People listed at most")
        int people() default 15;

        @AttributeDefinition(description = "Organisations, places and other entities listed at most, per table")
        int others() default 12;
    }

    private final Config config;

    @Activate
    public KeyActorsSection(Config config) {
        this.config = config;
    }

    @Override
    public void write(Briefing briefing, Layout layout) {
        EntityIndex index = briefing.entities();
        var scope = briefing.selection().indexScope();
        IndependentSources sources = new IndependentSources(briefing);
        layout.note(Text.of("Classement par saillance : nombre de " + sources.counts() + " qui citent l’entité, puis nombre de "
                + "mentions. Les noms sont donnés sous leur forme accentuée la plus complète." + sources.note()));
        layout.heading("Personnes");
        List<Entity> people = top(index.entities(List.of(EntityType.PERSON), scope, config.people() * 3), config.people(), sources);
        table(layout, new Table(List.of(Column.left("Nom", 2.1f), Column.left("Fonctions", 2.9f),
                Column.left("Affiliation", 1.7f), Column.right("Mentions", 1.1f), Column.right(sources.header(), 1.3f)),
                people.stream().map(p -> List.of(Text.of(Names.of(p)), Text.of(join(p.roles(), 2)),
                        Text.of(join(p.affiliations(), 2)), count(p.mentions()), count(sources.of(p)))).toList()));
        named(layout, sources, "Organisations", top(index.entities(List.of(EntityType.ORGANIZATION), scope, config.others() * 3), config.others(), sources));
        named(layout, sources, "Lieux", top(index.entities(List.of(EntityType.LOCATION), scope, config.others() * 3), config.others(), sources));
        Set<EntityType> shown = Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);
        List<Entity> others = top(index.entities(List.of(), scope, 200).stream()
                .filter(e -> e.type().isEntity() && !shown.contains(e.type())).toList(), config.others(), sources);
        if (!others.isEmpty()) {
            layout.heading("Autres entités");
            layout.table(new Table(List.of(Column.left("Nom", 3f), Column.left("Type", 1.5f),
                    Column.right("Mentions", 1.1f), Column.right(sources.header(), 1.3f)),
                    others.stream().map(e -> List.of(Text.of(Names.of(e)), Text.of(Types.label(e.type())),
                            count(e.mentions()), count(sources.of(e)))).toList()));
        }
    }

    private static void named(Layout layout, IndependentSources sources, String heading, List<Entity> entities) {
        layout.heading(heading);
        table(layout, new Table(List.of(Column.left("Nom", 3f), Column.left("Autres formes", 3.2f),
                Column.right("Mentions", 1.1f), Column.right(sources.header(), 1.3f)),
                entities.stream().map(e -> List.of(Text.of(Names.of(e)), Text.of(join(others(e), 3)),
                        count(e.mentions()), count(sources.of(e)))).toList()));
    }

    private static void table(Layout layout, Table table) {
        if (table.rows().isEmpty()) {
            layout.note(Text.of("Aucune entité de ce type n’a été extraite des documents sélectionnés."));
        } else {
            layout.table(table);
        }
    }

    private static List<Entity> top(List<Entity> entities, int limit, IndependentSources sources) {
        return entities.stream().sorted(sources.salience()).limit(limit).toList();
    }

    /** The other forms of a name: its aliases but the one shown, and its canonical name if not shown. */
    private static List<String> others(Entity e) {
        String shown = Names.of(e);
        List<String> forms = new java.util.ArrayList<>();
        if (!shown.equals(e.name())) {
            forms.add(e.name());
        }
        e.aliases().stream().filter(a -> !a.equals(shown)).forEach(forms::add);
        return forms;
    }

    private static String join(List<String> values, int limit) {
        return values.isEmpty() ? "—" : String.join(" ; ", values.stream().limit(limit).toList())
                + (values.size() > limit ? " …" : "");
    }

    private static Text count(int n) {
        return Text.of(French.number(n));
    }
}
