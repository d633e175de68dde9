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
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.Span;
import org.vigie.report.api.Briefing;
import org.vigie.report.api.BriefingRequest;
import org.vigie.report.api.Selection;
import org.vigie.report.pdf.internal.BriefingCitations;
import org.vigie.testing.FakeEntityIndex;
import org.vigie.report.pdf.internal.Fixtures;
import org.vigie.report.pdf.internal.markdown.MarkdownLayout;

/** One sentence dated by consecutive days is one row of the timeline, its dates a range. */
class TimelineMergeTest {

    private static final String TWO_DAYS = "La convention a été signée à Hanoï les 25 et 26 octobre 2025 par 65 États.";
    private static final String ACROSS = "Les négociations ont duré du 31 octobre au 1er novembre 2025 à Vienne.";
    private static final String OTHER = "Interpol a publié son rapport le 26 octobre 2025.";

    @TempDir
    Path dir;

    private final List<Document> documents = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();

    @Test
    void frenchDayRangesSayTheSharedMonthAndYearOnce() {
        assertEquals("25–26 octobre 2025", French.days(LocalDate.of(2025, 10, 25), LocalDate.of(2025, 10, 26)));
        assertEquals("31 octobre–1er novembre 2025", French.days(LocalDate.of(2025, 10, 31), LocalDate.of(2025, 11, 1)));
        assertEquals("31 décembre 2025–1er janvier 2026",
                French.days(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1)));
        assertEquals("1er–3 mars 2024", French.days(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 3)));
    }

    @Test
    void aSentenceDatedByTwoConsecutiveDaysIsOneRow() throws Exception {
        String doc = add(TWO_DAYS + " " + OTHER);
        date(doc, TWO_DAYS, "25", "2025-10-25");
        date(doc, TWO_DAYS, "26 octobre 2025", "2025-10-26");
        date(doc, OTHER, "26 octobre 2025", "2025-10-26");

        List<String> rows = rows(timeline());

        assertEquals(List.of("| 25–26 octobre 2025 | " + TWO_DAYS + " [1] |", "| 26 octobre 2025 | " + OTHER + " [1] |"),
                rows);
    }

    @Test
    void theSameStatementExtractedOnConsecutiveDaysByTwoDocumentsIsOneRowCitingBoth() throws Exception {
        String first = add(TWO_DAYS);
        String second = add(TWO_DAYS + " ");
        date(first, TWO_DAYS, "25", "2025-10-25");
        date(second, TWO_DAYS, "26 octobre 2025", "2025-10-26");

        assertEquals(List.of("| 25–26 octobre 2025 | " + TWO_DAYS + " [1] [2] |"), rows(timeline()));
    }

    @Test
    void aRunAcrossMonthsSaysBothMonthsAndTheFirstOfTheMonthIsAnOrdinal() throws Exception {
        String doc = add(ACROSS);
        date(doc, ACROSS, "31 octobre", "2025-10-31");
        date(doc, ACROSS, "1er novembre 2025", "2025-11-01");

        assertEquals(List.of("| 31 octobre–1er novembre 2025 | " + ACROSS + " [1] |"), rows(timeline()));
    }

    @Test
    void daysThatAreNotConsecutiveStayApart() throws Exception {
        String text = "Les audiences du 25 et du 27 octobre 2025 ont été publiques.";
        String doc = add(text);
        date(doc, text, "25", "2025-10-25");
        date(doc, text, "27 octobre 2025", "2025-10-27");

        List<String> rows = rows(timeline());

        assertEquals(2, rows.size(), String.join("\n", rows));
        assertTrue(rows.get(0).startsWith("| 25 octobre 2025 |") && rows.get(1).startsWith("| 27 octobre 2025 |"),
                String.join("\n", rows));
    }

    private String add(String text) {
        Document d = Fixtures.document("Article " + documents.size(), "VNA", null, LocalDate.of(2025, 10, 27),
                "a" + documents.size() + ".txt", text);
        documents.add(d);
        return d.id();
    }

    private void date(String documentId, String sentence, String written, String iso) {
        Document d = documents.stream().filter(x -> x.id().equals(documentId)).findFirst().orElseThrow();
        int sentenceBegin = d.text().indexOf(sentence);
        int begin = d.text().indexOf(written, sentenceBegin);
        mentions.add(new Mention(documentId, null, EntityType.DATE, new Span(begin, begin + written.length()), written,
                iso, Map.of(), new Span(sentenceBegin, sentenceBegin + sentence.length()), sentence));
    }

    private String timeline() throws Exception {
        Selection all = new Selection(documents.stream().map(Document::summary).toList(), "tout le corpus", true);
        Briefing briefing = new Briefing(BriefingRequest.of(dir.resolve("x.md")), "Test", null, LocalDate.of(2026, 12, 1),
                "Vigie test", all, new BriefingCitations(all), new FakeEntityIndex(Map.of(), mentions));
        MarkdownLayout layout = new MarkdownLayout();
        new TimelineSection(Fixtures.defaults(TimelineSection.Config.class)).write(briefing, layout);
        layout.save(dir.resolve("x.md"), null);
        return Files.readString(dir.resolve("x.md"));
    }

    private static List<String> rows(String markdown) {
        // the citation links, [\[1\]](#source-1) after a no-break space, read as the reader sees them: [1]
        return markdown.lines().filter(l -> l.matches("\\| \\d.*"))
                .map(l -> l.replaceAll("\\[\\\\\\[(\\d+)\\\\]\\]\\(#source-\\d+\\)", "[$1]").replace('\u00a0', ' ')).toList();
    }
}
