package org.vigie.report.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.Document;
import org.vigie.report.api.BriefingFormat;
import org.vigie.report.api.BriefingRequest;
import org.vigie.report.api.Selection;
import org.vigie.report.api.Text;
import org.vigie.report.pdf.internal.layout.GradedCitations;
import org.vigie.report.pdf.internal.markdown.MarkdownLayout;

/** The analyst's grades in a briefing: in every citation, in the sources list, and as a caveat of the bottom line. */
class GradedBriefingTest {

    private static final Pattern CITATION = Pattern.compile("\\[\\\\\\[(\\d+)([^\\]]*)\\\\\\]\\]\\(#source-\\d+\\)");
    private static final Pattern SOURCE = Pattern.compile("<a id=\"source-(\\d+)\"></a>\\*\\*\\[\\d+\\]\\*\\* (.*)");

    @TempDir
    Path dir;

    @Test
    void aCitationCarriesWhatIsKnownOfTheGradeAndNothingWhenUngraded() throws Exception {
        List<Document> docs = Fixtures.articles().subList(0, 3);
        Selection selection = new Selection(docs.stream().map(Document::summary).toList(), "test", true);
        FakeSourceGrades grades = new FakeSourceGrades().source(docs.get(0).metadata().source(), "B")
                .document(docs.get(0).id(), 2).document(docs.get(2).id(), 5);
        BriefingCitations citations = new BriefingCitations(selection, List.of(), grades);
        Text text = Text.of("Trois sources").cite(citations.cite(docs.get(0).id())).cite(citations.cite(docs.get(2).id()));
        docs.forEach(d -> citations.cite(d.id()));

        Text graded = new GradedCitations(new MarkdownLayout(), citations).graded(text.then(" et une autre").cite(3));
        String expectedThird = docs.get(1).metadata().source().equals(docs.get(0).metadata().source()) ? "[3 · B]" : "[3]";
        assertEquals("Trois sources [1 · B2] [2 · 5] et une autre " + expectedThird,
                graded.plain().replace('\u00a0', ' '));
        assertEquals(List.of(1, 2, 3), graded.citations(), "the graded labels still link to their sources");
    }

    @Test
    void everyCitationAndSourceEntryOfAGradedSourceSaysItsGrade() throws Exception {
        List<Document> docs = Fixtures.articles();
        String graded = docs.get(0).metadata().source();
        FakeSourceGrades grades = new FakeSourceGrades().source(graded.toUpperCase(), "B").document(docs.get(0).id(), 2);

        String md = brief(docs, grades);

        Map<Integer, String> entries = sources(md);
        assertFalse(entries.isEmpty(), md);
        Map<Integer, String> labels = new HashMap<>();
        for (Map.Entry<Integer, String> e : entries.entrySet()) {
            String entry = e.getValue();
            boolean sameSource = entry.contains(graded + ", ");
            boolean first = entry.contains("Réf. " + docs.get(0).id().substring(0, 12));
            String label = first ? "B2" : sameSource ? "B" : "";
            labels.put(e.getKey(), label);
            if (label.isEmpty()) {
                assertFalse(entry.contains("Cotation"), entry);
            } else {
                assertTrue(entry.contains("**Cotation " + label + "** : source habituellement fiable"
                        + (first ? ", information probablement vraie." : ".")), entry);
            }
        }
        Matcher m = CITATION.matcher(md);
        int seen = 0;
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            String label = labels.get(n);
            assertEquals(label.isEmpty() ? "" : "\u00a0·\u00a0" + label, m.group(2), "citation " + m.group() + " of " + n);
            seen++;
        }
        assertTrue(seen > entries.size() / 2, "the briefing cites its sources:\n" + md);
        assertTrue(labels.containsValue("") && labels.containsValue("B"), "graded and ungraded sources both cited: " + labels);
        assertTrue(md.contains("Cotations de l’analyste") && md.contains("échelle OTAN"), "the grades are explained: " + md);
    }

    @Test
    void aBottomLineStatementBackedOnlyByUnreliableSourcesSaysSo() throws Exception {
        List<Document> docs = Fixtures.articles();
        FakeSourceGrades grades = new FakeSourceGrades();
        docs.forEach(d -> grades.source(d.metadata().source(), "F"));

        List<String> bullets = bottomLine(brief(docs, grades));

        assertFalse(bullets.isEmpty());
        bullets.forEach(b -> assertTrue(b.endsWith("**\\(source peu fiable : F\\)**"), b));
    }

    @Test
    void aStatementBackedByOneDocumentThatIsNotDoubtfulHasNoCaveat() throws Exception {
        List<Document> docs = Fixtures.articles();
        FakeSourceGrades grades = new FakeSourceGrades();
        docs.forEach(d -> grades.source(d.metadata().source(), "E").document(d.id(), 6));
        String before = brief(docs, grades);
        String first = bottomLine(before).get(0);
        assertTrue(first.endsWith("**\\(source peu fiable : E6\\)**"), first);
        Matcher cited = CITATION.matcher(first);
        assertTrue(cited.find(), first);
        String entry = sources(before).get(Integer.parseInt(cited.group(1)));
        Document quoted = docs.stream().filter(d -> entry.contains("Réf. " + d.id().substring(0, 12))).findFirst()
                .orElseThrow();

        grades.source(quoted.metadata().source(), "A").document(quoted.id(), 2);
        String after = bottomLine(brief(docs, grades)).get(0);

        assertTrue(after.contains("\u00a0·\u00a0A2\\]") && !after.contains("peu fiable"), after);
    }

    @Test
    void withoutGradesNothingChanges() throws Exception {
        String md = brief(Fixtures.articles(), null);
        assertFalse(md.contains("·") || md.contains("Cotation") || md.contains("peu fiable"), md);
    }

    private String brief(List<Document> docs, FakeSourceGrades grades) throws Exception {
        WhiteboardBriefingService service = Fixtures.service(docs, Fixtures.tagger());
        service.grades = grades;
        Path out = dir.resolve("b.md");
        service.brief(new BriefingRequest(out, null, null, null, null, null, List.of(), null, LocalDate.of(2026, 12, 1),
                BriefingFormat.MARKDOWN));
        return Files.readString(out);
    }

    private static Map<Integer, String> sources(String md) {
        Map<Integer, String> entries = new HashMap<>();
        md.lines().map(SOURCE::matcher).filter(Matcher::matches)
                .forEach(m -> entries.put(Integer.parseInt(m.group(1)), m.group(2)));
        return entries;
    }

    private static List<String> bottomLine(String md) {
        String section = md.substring(md.indexOf("## L’essentiel"), md.indexOf("## Acteurs clés"));
        return section.lines().filter(l -> l.startsWith("- ")).map(String::strip).toList();
    }
}
