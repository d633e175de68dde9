package org.vigie.report.pdf.internal.section;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.vigie.report.api.Briefing;
import org.vigie.report.api.BriefingSection;
import org.vigie.report.api.Layout;
import org.vigie.report.api.Text;
import org.vigie.report.api.propertytypes.BriefingSectionService;

/** Bottom line up front: the most salient sentences of the sources, quoted as written, each cited. */
@Component(service = BriefingSection.class, configurationPid = "org.vigie.report.bluf")
@BriefingSectionService(id = "bluf", title = "L’essentiel", order = 200)
@Designate(ocd = BottomLineSection.Config.class)
public class BottomLineSection implements BriefingSection {

    @ObjectClassDefinition(name = "Vigie briefing: bottom line", description = "How many items the section lists at most")
    public @interface Config {
        @AttributeDefinition(description = "Sentences quoted at most")
        int facts() default 5;
    }

    private final Config config;

    @Activate
    public BottomLineSection(Config config) {
        this.config = config;
    }

    @Override
    public void write(Briefing briefing, Layout layout) {
        List<SentenceRanking.Pick> picks = SentenceRanking.best(briefing.entities(), briefing.selection(),
                briefing.citations()::source, config.facts());
        if (picks.isEmpty()) {
            layout.paragraph(Text.of("Aucune phrase ne relie deux entités saillantes dans les documents sélectionnés : "
                    + "les entités n’ont peut-être pas encore été extraites (entities:extract)."));
            return;
        }
        List<Text> items = new ArrayList<>();
        for (SentenceRanking.Pick p : picks) {
            int n = briefing.citations().cite(p.documentId());
            Text item = Text.of("« " + p.text() + " »").cite(n).then(French.reprints(briefing.citations(), p.documentId()));
            if (p.corroboration() > 0) {
                item = item.italic(" — lien repris par " + French.count(p.corroboration(), "autre source",
                        "autres sources"));
            }
            String caveat = AdmiraltyScale.caveat(briefing.citations(), backing(p));
            items.add(caveat.isEmpty() ? item : item.then(" ").bold(caveat));
        }
        layout.bullets(items);
        layout.note(Text.EMPTY.bold("Méthode. ").then("Phrases extraites telles quelles des sources, sans reformulation. "
                + "Chaque phrase reçoit un score : la saillance des entités qu’elle relie (logarithme du nombre de "
                + "mentions plus logarithme du nombre de documents ; les lieux comptent pour moitié), plus 1,5 par "
                + "autre source où deux des mêmes entités sont citées dans une même phrase (les copies d’une même dépêche comptent "
                + "pour une source, citée une fois : « repris par N »). Seules les phrases qui "
                + "relient au moins deux des " + SentenceRanking.SALIENT + " entités les plus citées sont retenues, deux au plus par "
                + "source, et jamais deux phrases reliant exactement les mêmes entités."));
    }

    /** The documents backing a statement: its own, then those linking the same entities. */
    private static List<String> backing(SentenceRanking.Pick p) {
        List<String> documents = new ArrayList<>(List.of(p.documentId()));
        p.corroborating().stream().sorted().forEach(documents::add);
        return documents;
    }
}
