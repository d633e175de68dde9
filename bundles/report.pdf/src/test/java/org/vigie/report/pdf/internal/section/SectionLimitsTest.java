package org.vigie.report.pdf.internal.section;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.Document;
import org.vigie.entities.api.Mention;
import org.vigie.report.api.Briefing;
import org.vigie.report.api.BriefingRequest;
import org.vigie.report.api.Selection;
import org.vigie.report.pdf.internal.BriefingCitations;
import org.vigie.testing.FakeEntityIndex;
import org.vigie.report.pdf.internal.Fixtures;
import org.vigie.report.pdf.internal.GazetteerTagger;
import org.vigie.report.pdf.internal.markdown.MarkdownLayout;

/** The configured caps of the sections: what is left out is counted, never silently dropped. */
class SectionLimitsTest {

    @TempDir
    Path dir;

    @Test
    void timelineKeepsTheConfiguredNumberAndCountsTheRest() throws Exception {
        List<Document> docs = Fixtures.articles();
        GazetteerTagger tagger = Fixtures.tagger();
        List<Mention> mentions = new ArrayList<>();
        docs.forEach(d -> mentions.addAll(tagger.tag(d)));
        Selection all = new Selection(docs.stream().map(Document::summary).toList(), "tout le corpus", true);
        Briefing briefing = new Briefing(BriefingRequest.of(dir.resolve("x.md")), "Test", null, LocalDate.of(2026, 12, 1),
                "Vigie test", all, new BriefingCitations(all), new FakeEntityIndex(tagger.entities(), mentions));
        TimelineSection timeline = new TimelineSection(
                Fixtures.configured(TimelineSection.Config.class, Map.of("dated", 2, "undated", 1)));
        MarkdownLayout layout = new MarkdownLayout();
        timeline.write(briefing, layout);
        layout.save(dir.resolve("x.md"), null);
        String md = Files.readString(dir.resolve("x.md"));
        assertEquals(2, md.lines().filter(l -> l.matches("\\| \\d.*")).count(), md);
        assertTrue(md.contains("3 autres dates ne sont pas reprises"), md);
        assertTrue(md.contains("1 autre date n’est pas reprise"), md);
        assertTrue(md.indexOf("13 avril 2015") >= 0 && md.indexOf("13 avril 2015") < md.indexOf("25 octobre 2025"),
                "ties keep the first seen, listed in date order: " + md);
    }
}
