package org.vigie.report.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.Document;
import org.vigie.report.api.BriefingFormat;
import org.vigie.report.api.BriefingRequest;
import org.vigie.report.api.Table;
import org.vigie.report.api.Text;
import org.vigie.report.pdf.internal.html.HtmlLayout;
import org.vigie.report.pdf.internal.layout.BriefingWriter;
import org.vigie.report.pdf.internal.markdown.MarkdownLayout;

/** Article text is hostile: the HTML and Markdown briefings show its markup and links as text, never as markup. */
class HostileArticleMarkupTest {
    private static final String HOSTILE = "Interpol et Hanoï <script>alert(1)</script> <img src=x onerror=alert(2)> "
            + "[cliquer](javascript:alert(3)) ![i](data:text/html;base64,PHNjcmlwdD4=) <a href=\"javascript:alert(4)\">a</a> "
            + "<javascript:alert(5)> &#106;avascript:alert(6) `code` *gras* | cellule \u001b[31m";

    @TempDir
    Path dir;

    @Test
    void aHostileArticleIsQuotedAsTextInTheHtmlBriefing() throws IOException {
        String html = brief(BriefingFormat.HTML);

        assertFalse(html.contains("<script") || html.contains("<img") || html.contains("<a href=\"javascript"), html);
        assertEquals(List.of(), foreignLinks(html, "href=\"([^\"]*)\""));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the text is still there, as text");
        assertFalse(html.contains("\u001b"));
    }

    @Test
    void aHostileArticleIsQuotedAsTextInTheMarkdownBriefing() throws IOException {
        String md = brief(BriefingFormat.MARKDOWN);

        assertFalse(md.contains("<script") || md.contains("<img") || md.contains("<a href") || md.contains("<javascript"), md);
        assertEquals(List.of(), foreignLinks(md, "\\]\\(([^)]*)\\)"));
        assertFalse(md.contains("](javascript") || md.contains("](data"), md);
        assertTrue(md.contains("&lt;script&gt;alert\\(1\\)&lt;/script&gt;"), "the text is still there, as text");
        assertFalse(md.contains("\u001b"));
    }

    @Test
    void everyKindOfTextIsEscapedInBothLayouts() throws IOException {
        Text hostile = Text.of("[x](javascript:alert(1)) <b onmouseover=alert(2)>").bold("<i>").cite(7);
        for (BriefingWriter layout : List.of(new HtmlLayout(), new MarkdownLayout())) {
            layout.startSection("s", "<h1>titre</h1>", true);
            layout.title("# <script>");
            layout.heading("<style>");
            layout.label("- [l](data:x)");
            layout.paragraph(hostile);
            layout.note(hostile);
            layout.bullets(List.of(hostile));
            layout.table(new Table(List.of(new Table.Column("<th>", 1, Table.Align.LEFT)), List.of(List.of(hostile))));
            layout.source(7, hostile);
            Path file = dir.resolve("layout-" + layout.getClass().getSimpleName());
            layout.save(file, new BriefingWriter.Meta("<title>", null, null, null, List.of(), null, "Vigie", null));
            String written = Files.readString(file);

            List<String> markup = layout instanceof HtmlLayout
                    ? List.of("<b onmouseover", "<h1>titre", "<script>", "<h3><style>", "<i>", "<th><th>", "<title><title>")
                    : List.of("<b onmouseover", "<h1>", "<script>", "<style>", "<i>", "<th>", "<title>", "](javascript",
                            "](data", "[x]", "# #", "**- ");
            for (String m : markup) {
                assertFalse(written.contains(m), () -> m + " in " + written);
            }
            assertTrue(written.contains("source-7"), written);
        }
    }

    private String brief(BriefingFormat format) throws IOException {
        List<Document> docs = new ArrayList<>(Fixtures.articles());
        docs.add(Fixtures.document("<script>alert(1)</script> [t](javascript:alert(0))", "<b>VNA</b>",
                "javascript:alert(7)", LocalDate.of(2025, 10, 26), "hostile.txt", HOSTILE + ". " + HOSTILE + "."));
        WhiteboardBriefingService service = Fixtures.service(docs, Fixtures.tagger());
        BriefingRequest request = new BriefingRequest(dir.resolve("b." + format.extension()), null, null, null, null, null,
                List.of(), null, LocalDate.of(2026, 12, 1), format);
        return Files.readString(service.brief(request).path());
    }

    /** Link targets other than the briefing's own anchors. */
    private static List<String> foreignLinks(String written, String linkPattern) {
        List<String> foreign = new ArrayList<>();
        Matcher m = Pattern.compile(linkPattern).matcher(written);
        while (m.find()) {
            if (!m.group(1).matches("#source-\\d+")) {
                foreign.add(m.group(1));
            }
        }
        return foreign;
    }
}
