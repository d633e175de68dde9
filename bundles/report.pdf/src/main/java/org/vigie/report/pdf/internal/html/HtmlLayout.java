package org.vigie.report.pdf.internal.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.vigie.report.api.Drawing;
import org.vigie.report.api.Table;
import org.vigie.report.api.Text;
import org.vigie.report.pdf.internal.layout.BriefingWriter;
import org.vigie.report.pdf.internal.layout.QuotedText;
import org.vigie.report.pdf.internal.pdf.PdfLayout;

/**
 * The briefing as one self-contained HTML page; drawings become inline SVG. Every text is
 * escaped ({@link QuotedText#html}); the only links are the citations' own {@code #source-N}.
 * Whole (~175 lines) because it is one short method per {@code Layout} operation, the page's
 * style sheet and the drawing as SVG: the whole HTML form in one place.
 */
public final class HtmlLayout implements BriefingWriter {

    private static final String STYLE = "body{font-family:'Noto Serif',Georgia,serif;max-width:46em;margin:2em auto;"
            + "color:#1a1a1f;line-height:1.45}h1,h2,h3,table,figcaption,.note{font-family:'Noto Sans',sans-serif}"
            + "h2{color:#1f3a5f;border-bottom:2px solid #1f3a5f}table{border-collapse:collapse;width:100%;font-size:.85em}"
            + "th{background:#1f3a5f;color:#fff;text-align:left}td,th{padding:3px 6px}tr:nth-child(even){background:#f1f3f6}"
            + ".note{color:#5c616b;font-size:.85em}.label{display:inline-block;padding:2px 8px;background:#1a1a1f;"
            + "color:#fff;font-family:sans-serif;font-weight:bold}.r{text-align:right}";
    private final StringBuilder body = new StringBuilder();

    @Override
    public float width() {
        return PdfLayout.COLUMN_WIDTH;
    }

    @Override
    public void startSection(String id, String title, boolean headed) {
        body.append("<section id=\"").append(QuotedText.html(id)).append("\">");
        if (headed) {
            body.append("<h2>").append(QuotedText.html(title)).append("</h2>\n");
        }
    }

    @Override
    public void title(String text) {
        body.append("<h1>").append(QuotedText.html(text)).append("</h1>\n");
    }

    @Override
    public void label(String text) {
        body.append("<p><span class=\"label\">").append(QuotedText.html(text)).append("</span></p>\n");
    }

    @Override
    public void heading(String text) {
        body.append("<h3>").append(QuotedText.html(text)).append("</h3>\n");
    }

    @Override
    public void paragraph(Text text) {
        body.append("<p>").append(inline(text)).append("</p>\n");
    }

    @Override
    public void note(Text text) {
        body.append("<p class=\"note\">").append(inline(text)).append("</p>\n");
    }

    @Override
    public void bullets(List<Text> items) {
        body.append("<ul>");
        items.forEach(t -> body.append("<li>").append(inline(t)).append("</li>"));
        body.append("</ul>\n");
    }

    @Override
    public void table(Table table) {
        body.append("<table><thead><tr>");
        table.columns().forEach(c -> body.append("<th>").append(QuotedText.html(c.header())).append("</th>"));
        body.append("</tr></thead><tbody>");
        for (List<Text> row : table.rows()) {
            body.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                boolean right = table.columns().get(c).align() == Table.Align.RIGHT;
                body.append(right ? "<td class=\"r\">" : "<td>").append(inline(row.get(c))).append("</td>");
            }
            body.append("</tr>");
        }
        body.append("</tbody></table>\n");
    }

    @Override
    public void drawing(Drawing d) {
        body.append(String.format(Locale.ROOT, "<figure><svg viewBox=\"0 0 %.1f %.1f\" width=\"100%%\">", d.width(),
                d.height()));
        d.shapes().forEach(s -> body.append(svg(s)));
        body.append("</svg>");
        if (d.caption() != null) {
            body.append("<figcaption>").append(QuotedText.html(d.caption())).append("</figcaption>");
        }
        body.append("</figure>\n");
    }

    @Override
    public void source(int citation, Text text) {
        body.append("<p id=\"source-").append(citation).append("\"><b>[").append(citation).append("]</b> ")
                .append(inline(text)).append("</p>\n");
    }

    @Override
    public void space(float points) {
    }

    @Override
    public void pageBreak() {
        body.append("<hr>\n");
    }

    @Override
    public int save(Path out, Meta meta) {
        String page = "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + QuotedText.html(meta.title())
                + "</title><meta name=\"generator\" content=\"" + QuotedText.html(meta.generator()) + "\"><style>" + STYLE
                + "</style></head><body>\n" + body + "</body></html>\n";
        try {
            Files.writeString(out, page, StandardCharsets.UTF_8);
            return 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String svg(Drawing.Shape shape) {
        if (shape instanceof Drawing.Line l) {
            return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                    + "stroke-width=\"%.2f\"/>", l.x1(), l.y1(), l.x2(), l.y2(), rgb(l.colour()), l.stroke());
        } else if (shape instanceof Drawing.Box b) {
            return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                    b.x(), b.y(), b.width(), b.height(), rgb(b.fill()));
        } else if (shape instanceof Drawing.Circle c) {
            return String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"%s/>", c.cx(),
                    c.cy(), c.radius(), rgb(c.fill()), c.outline() == null ? "" : " stroke=\"" + rgb(c.outline()) + "\"");
        }
        Drawing.Label t = (Drawing.Label) shape;
        String anchor = switch (t.anchor()) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        };
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" font-family=\"sans-serif\" "
                + "fill=\"%s\" text-anchor=\"%s\"%s>%s</text>", t.x(), t.y(), t.size(), rgb(t.colour()), anchor,
                t.bold() ? " font-weight=\"bold\"" : "", QuotedText.html(t.text()));
    }

    private static String rgb(Drawing.Colour c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.red(), c.green(), c.blue());
    }

    private static String inline(Text text) {
        StringBuilder b = new StringBuilder();
        for (Text.Run r : text.runs()) {
            String t = QuotedText.html(r.text());
            if (r.citation() > 0) {
                b.append("<a href=\"#source-").append(r.citation()).append("\">").append(t).append("</a>");
            } else if (r.style() == Text.Style.BOLD) {
                b.append("<b>").append(t).append("</b>");
            } else if (r.style() == Text.Style.ITALIC) {
                b.append("<i>").append(t).append("</i>");
            } else {
                b.append(t);
            }
        }
        return b.toString();
    }
}
