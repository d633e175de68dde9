package org.vigie.report.pdf.internal.section;

import static org.vigie.report.pdf.internal.Fixtures.defaults;

import java.util.List;
import java.util.Map;

import org.vigie.report.api.BriefingSection;
import org.vigie.report.pdf.internal.Fixtures;

/** The seven core sections, activated with their default configuration, as DS registers them. */
public final class CoreSections {

    private CoreSections() {
    }

    /** Each core section with the properties its {@code @BriefingSectionService} gives, in briefing order. */
    public static List<Map.Entry<Map<String, Object>, BriefingSection>> registered() {
        BottomLineSection bluf = new BottomLineSection(defaults(BottomLineSection.Config.class));
        KeyActorsSection actors = new KeyActorsSection(defaults(KeyActorsSection.Config.class));
        TimelineSection timeline = new TimelineSection(defaults(TimelineSection.Config.class));
        RelationshipsSection relations = new RelationshipsSection(defaults(RelationshipsSection.Config.class));
        SourcesSection sources = new SourcesSection(defaults(SourcesSection.Config.class));
        AppendixSection appendix = new AppendixSection(defaults(AppendixSection.Config.class));
        return List.of(Fixtures.registered("cover", "Couverture", 100, false, new CoverSection()),
                Fixtures.registered("bluf", "L’essentiel", 200, true, bluf),
                Fixtures.registered("actors", "Acteurs clés", 300, true, actors),
                Fixtures.registered("timeline", "Chronologie", 400, true, timeline),
                Fixtures.registered("relations", "Relations", 500, true, relations),
                Fixtures.registered("sources", "Sources", 600, true, sources),
                Fixtures.registered("appendix", "Annexe : les documents", 700, true, appendix));
    }
}
