package org.vigie.report.pdf.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.vigie.report.api.Drawing;
import org.vigie.report.api.Table;
import org.vigie.report.api.Text;
import org.vigie.report.pdf.internal.pdf.Headings.Level;
import org.vigie.report.pdf.internal.pdf.LineBreaker.Line;
import org.vigie.report.pdf.internal.pdf.PageFlow.Anchor;
import org.vigie.report.pdf.internal.pdf.Typeface.Face;
import org.vigie.report.pdf.internal.layout.BriefingWriter;

/**
 * The PDF layout: A4, Noto Serif text, Noto Sans headings, tables and figures. Whole at ~170
 * lines because it is one short method per {@code Layout} operation over the engine that does
 * the work ({@link Headings}, {@link TextBlocks}, {@link TableWriter}, {@link DrawingPainter}).
 */
public final class PdfLayout implements BriefingWriter {

    /** The width of the text column in points: drawings are sized for it in every format. */
    public static final float COLUMN_WIDTH = PageFlow.RIGHT - PageFlow.LEFT;
    static final float[] INK = {0.1f, 0.1f, 0.12f};
    static final float[] NAVY = {0.12f, 0.23f, 0.37f};
    static final float[] MUTED = {0.36f, 0.38f, 0.42f};
    private static final float BODY = 10.5f;
    private static final float LEADING = 1.42f;

    private final PDDocument document = new PDDocument();
    private final Typeface typeface = new Typeface(document);
    private final LineBreaker breaker = new LineBreaker(typeface);
    private final PageFlow flow = new PageFlow(document, typeface);
    private final TableWriter tables = new TableWriter(flow, breaker);
    private final DrawingPainter painter = new DrawingPainter(flow);
    private final TextBlocks blocks = new TextBlocks(flow, breaker, width());
    private final Headings headings = new Headings(flow, blocks);
    private final Map<Integer, Anchor> sources = new LinkedHashMap<>();
    /** Whether the first page is a cover, which has no running header or page number. */
    private FirstPage firstPage = FirstPage.NOT_YET;

    /** What the first section made of the first page. */
    private enum FirstPage {
        NOT_YET, COVER, CONTENT
    }

    @Override
    public float width() {
        return COLUMN_WIDTH;
    }

    @Override
    public void startSection(String id, String title, boolean headed) {
        headings.keepWithNext(0);
        if (firstPage == FirstPage.NOT_YET) {
            firstPage = headed ? FirstPage.CONTENT : FirstPage.COVER;
        }
        if (!headed) {
            headings.bookmarkHere(title);
            return;
        }
        headings.add(Level.SECTION, title);
    }

    @Override
    public void title(String text) {
        headings.keepWithNext(40);
        blocks.block(Text.of(text), f -> Face.SANS_BOLD, 28, NAVY, 0, 1.18f);
        flow.down(8);
    }

    @Override
    public void label(String text) {
        headings.keepWithNext(28);
        painter.label(typeface.clean(text), PageFlow.LEFT);
        flow.down(12);
    }

    @Override
    public void heading(String text) {
        headings.add(Level.SUBHEADING, text);
    }

    @Override
    public void paragraph(Text text) {
        headings.keepWithNext(2 * BODY * LEADING);
        blocks.block(text, typeface::body, BODY, INK, 0, LEADING);
        flow.down(BODY * 0.6f);
    }

    @Override
    public void note(Text text) {
        headings.keepWithNext(24);
        blocks.block(text, s -> s == Text.Style.BOLD ? Face.SANS_BOLD : Face.SANS, 8.5f, MUTED, 0, 1.4f);
        flow.down(6);
    }

    @Override
    public void bullets(List<Text> items) {
        headings.keepWithNext(2 * BODY * LEADING);
        for (Text item : items) {
            List<Line> lines = breaker.lines(item, typeface::body, BODY, width() - 16);
            flow.ensure(BODY * LEADING * Math.min(lines.size(), 2));
            float top = flow.y();
            flow.draw(breaker.lines(Text.of("•"), s -> Face.SERIF, BODY, 20).get(0), PageFlow.LEFT + 3,
                    top - BODY, BODY, NAVY);
            blocks.lines(lines, BODY, INK, 16, LEADING);
            flow.down(BODY * 0.45f);
        }
        flow.down(BODY * 0.3f);
    }

    @Override
    public void table(Table table) {
        tables.write(table, width(), headings::keepWithNext);
        flow.down(10);
    }

    @Override
    public void drawing(Drawing drawing) {
        headings.keepWithNext(drawing.height() * Math.min(1f, width() / drawing.width()) + 26);
        painter.paint(drawing, width(), typeface);
        if (drawing.caption() != null) {
            blocks.block(Text.of(drawing.caption()), s -> Face.SANS, 8.5f, MUTED, 0, 1.35f);
        }
        flow.down(12);
    }

    @Override
    public void source(int citation, Text text) {
        headings.keepWithNext(30);
        List<Line> lines = breaker.lines(text, typeface::body, 9.5f, width() - 34);
        flow.ensure(Math.min(lines.size(), 3) * 9.5f * 1.38f);
        sources.put(citation, flow.here());
        flow.draw(breaker.lines(Text.of("[" + citation + "]"), s -> Face.SANS_BOLD, 9.5f, 40).get(0),
                PageFlow.LEFT, flow.y() - 9.5f, 9.5f, NAVY);
        blocks.lines(lines, 9.5f, INK, 34, 1.38f);
        flow.down(5);
    }

    @Override
    public void space(float points) {
        flow.down(points);
    }

    @Override
    public void pageBreak() {
        headings.keepWithNext(0);
        flow.newPage();
    }

    @Override
    public int save(Path out, Meta meta) {
        headings.keepWithNext(0);
        flow.closeContent();
        try (document; typeface) {
            new PdfFinisher(document, flow, typeface).finish(meta, headings.bookmarks(), sources,
                    firstPage == FirstPage.COVER);
            document.save(out.toFile());
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
