package org.vigie.report.pdf.internal.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.vigie.report.api.Drawing;
import org.vigie.report.api.Table;
import org.vigie.report.api.Text;
import org.vigie.report.pdf.internal.layout.BriefingWriter;
import org.vigie.report.pdf.internal.layout.QuotedText;
import org.vigie.report.pdf.internal.pdf.PdfLayout;

/**
 * The briefing as Markdown: citations link to anchors on the source entries; figures become their
 * caption. Every text is escaped ({@link QuotedText#markdown}): an article's HTML or link syntax
 * is shown, never rendered; the only links are the citations' own {@code #source-N}.
 */
public final class MarkdownLayout implements BriefingWriter {

    private final StringBuilder out = new StringBuilder();

    @Override
    public float width() {
        return PdfLayout.COLUMN_WIDTH;
    }

    @Override
    public void startSection(String id, String title, boolean headed) {
        if (headed) {
            out.append("\n## ").append(QuotedText.markdown(title)).append("\n\n");
        }
    }

    @Override
    public void title(String text) {
        out.append("# ").append(QuotedText.markdown(text)).append("\n\n");
    }

    @Override
    public void label(String text) {
        out.append("**").append(QuotedText.markdown(text)).append("**\n\n");
    }

    @Override
    public void heading(String text) {
        out.append("### ").append(QuotedText.markdown(text)).append("\n\n");
    }

    @Override
    public void paragraph(Text text) {
        out.append(inline(text)).append("\n\n");
    }

    @Override
    public void note(Text text) {
        out.append("> ").append(inline(text)).append("\n\n");
    }

    @Override
    public void bullets(List<Text> items) {
        items.forEach(t -> out.append("- ").append(inline(t)).append('\n'));
        out.append('\n');
    }

    @Override
    public void table(Table table) {
        out.append('|');
        table.columns().forEach(c -> out.append(' ').append(QuotedText.markdown(c.header())).append(" |"));
        out.append("\n|");
        table.columns().forEach(c -> out.append(c.align() == Table.Align.RIGHT ? " ---: |" : " --- |"));
        out.append('\n');
        for (List<Text> row : table.rows()) {
            out.append('|');
            row.forEach(cell -> out.append(' ').append(inline(cell)).append(" |"));
            out.append('\n');
        }
        out.append('\n');
    }

    @Override
    public void drawing(Drawing drawing) {
        if (drawing.caption() == null) {
            return; // an uncaptioned drawing is decoration
        }
        out.append("*").append(QuotedText.markdown(drawing.caption())).append(" (dessin dans la version PDF ou HTML)*\n\n");
    }

    @Override
    public void source(int citation, Text text) {
        out.append("<a id=\"source-").append(citation).append("\"></a>**[").append(citation).append("]** ")
                .append(inline(text)).append("\n\n");
    }

    @Override
    public void space(float points) {
    }

    @Override
    public void pageBreak() {
        out.append("\n---\n\n");
    }

    @Override
    public int save(Path out, Meta meta) {
        try {
            Files.writeString(out, this.out.toString().strip() + "\n", StandardCharsets.UTF_8);
            return 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String inline(Text text) {
        StringBuilder b = new StringBuilder();
        for (Text.Run r : text.runs()) {
            String t = QuotedText.markdown(r.text());
            if (r.citation() > 0) {
                b.append("[").append(t).append("](#source-").append(r.citation()).append(')');
            } else if (r.style() == Text.Style.BOLD && !t.isBlank()) {
                b.append("**").append(t.strip()).append("**").append(t.endsWith(" ") ? " " : "");
            } else if (r.style() == Text.Style.ITALIC && !t.isBlank()) {
                b.append('*').append(t.strip()).append('*').append(t.endsWith(" ") ? " " : "");
            } else {
                b.append(t);
            }
        }
        return b.toString();
    }
}
