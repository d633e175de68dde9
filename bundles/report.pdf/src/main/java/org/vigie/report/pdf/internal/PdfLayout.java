package org.vigie.report.pdf.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.vigie.report.api.Drawing;
import org.vigie.report.api.Table;
import org.vigie.report.api.Text;
import org.vigie.report.pdf.internal.LineBreaker.Line;
import org.vigie.report.pdf.internal.PageFlow.Anchor;
import org.vigie.report.pdf.internal.Typeface.Face;

/** The PDF layout: A4, Noto Serif text, Noto Sans headings, tables and figures. */
final class PdfLayout implements BriefingWriter {

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
    private final List<PdfFinisher.Bookmark> bookmarks = new ArrayList<>();
    private final Map<Integer, Anchor> sources = new LinkedHashMap<>();
    /** Headings not drawn yet: they go on the page of the block that follows them. */
    private final List<String[]> pending = new ArrayList<>();
    /** Whether the first page is a cover, which has no running header or page number. */
    private Boolean cover;

    @Override
    public float width() {
        return PageFlow.RIGHT - PageFlow.LEFT;
    }

    @Override
    public void startSection(String id, String title, boolean headed) {
        keepWithNext(0);
        if (cover == null) {
            cover = !headed;
        }
        if (!headed) {
            bookmarks.add(new PdfFinisher.Bookmark(title, flow.here(), new ArrayList<>()));
            return;
        }
        pending.add(new String[] {"section", title});
    }

    /** Draws the pending headings on the page where {@code height} more points still fit after them. */
    private void keepWithNext(float height) {
        if (pending.isEmpty()) {
            return;
        }
        float total = height;
        for (String[] h : pending) {
            total += h[0].equals("section") ? 56 : 26;
        }
        flow.ensure(Math.min(total, PageFlow.TOP - PageFlow.BOTTOM));
        for (String[] h : pending) {
            if (h[0].equals("section")) {
                if (!flow.atTop()) {
                    flow.down(14);
                }
                bookmarks.add(new PdfFinisher.Bookmark(h[1], flow.here(), new ArrayList<>()));
                block(Text.of(h[1]), f -> Face.SANS_BOLD, 17, NAVY, 0, 1.25f);
                rule(NAVY, 1.2f);
                flow.down(10);
            } else {
                flow.down(6);
                if (!bookmarks.isEmpty()) {
                    bookmarks.get(bookmarks.size() - 1).children().add(new PdfFinisher.Bookmark(h[1], flow.here(), List.of()));
                }
                block(Text.of(h[1]), f -> Face.SANS_BOLD, 12, NAVY, 0, 1.3f);
                flow.down(3);
            }
        }
        pending.clear();
    }

    @Override
    public void title(String text) {
        keepWithNext(40);
        block(Text.of(text), f -> Face.SANS_BOLD, 28, NAVY, 0, 1.18f);
        flow.down(8);
    }

    @Override
    public void label(String text) {
        keepWithNext(28);
        painter.label(typeface.clean(text), PageFlow.LEFT);
        flow.down(12);
    }

    @Override
    public void heading(String text) {
        pending.add(new String[] {"heading", text});
    }

    @Override
    public void paragraph(Text text) {
        keepWithNext(2 * BODY * LEADING);
        block(text, typeface::body, BODY, INK, 0, LEADING);
        flow.down(BODY * 0.6f);
    }

    @Override
    public void note(Text text) {
        keepWithNext(24);
        block(text, s -> s == Text.Style.BOLD ? Face.SANS_BOLD : Face.SANS, 8.5f, MUTED, 0, 1.4f);
        flow.down(6);
    }

    @Override
    public void bullets(List<Text> items) {
        keepWithNext(2 * BODY * LEADING);
        for (Text item : items) {
            List<Line> lines = breaker.lines(item, typeface::body, BODY, width() - 16);
            flow.ensure(BODY * LEADING * Math.min(lines.size(), 2));
            float top = flow.y();
            flow.draw(breaker.lines(Text.of("•"), s -> Face.SERIF, BODY, 20).get(0), PageFlow.LEFT + 3,
                    top - BODY, BODY, NAVY);
            drawLines(lines, BODY, INK, 16, LEADING);
            flow.down(BODY * 0.45f);
        }
        flow.down(BODY * 0.3f);
    }

    @Override
    public void table(Table table) {
        tables.write(table, width(), this::keepWithNext);
        flow.down(10);
    }

    @Override
    public void drawing(Drawing drawing) {
        keepWithNext(drawing.height() * Math.min(1f, width() / drawing.width()) + 26);
        painter.paint(drawing, width(), typeface);
        if (drawing.caption() != null) {
            block(Text.of(drawing.caption()), s -> Face.SANS, 8.5f, MUTED, 0, 1.35f);
        }
        flow.down(12);
    }

    @Override
    public void source(int citation, Text text) {
        keepWithNext(30);
        List<Line> lines = breaker.lines(text, typeface::body, 9.5f, width() - 34);
        flow.ensure(Math.min(lines.size(), 3) * 9.5f * 1.38f);
        sources.put(citation, flow.here());
        flow.draw(breaker.lines(Text.of("[" + citation + "]"), s -> Face.SANS_BOLD, 9.5f, 40).get(0),
                PageFlow.LEFT, flow.y() - 9.5f, 9.5f, NAVY);
        drawLines(lines, 9.5f, INK, 34, 1.38f);
        flow.down(5);
    }

    @Override
    public void space(float points) {
        flow.down(points);
    }

    @Override
    public void pageBreak() {
        keepWithNext(0);
        flow.newPage();
    }

    @Override
    public int save(Path out, Meta meta) {
        keepWithNext(0);
        flow.closeContent();
        try (document; typeface) {
            new PdfFinisher(document, flow, typeface).finish(meta, bookmarks, sources, Boolean.TRUE.equals(cover));
            document.save(out.toFile());
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void block(Text text, java.util.function.Function<Text.Style, Face> faces, float size, float[] rgb,
            float indent, float leading) {
        drawLines(breaker.lines(text, faces, size, width() - indent), size, rgb, indent, leading);
    }

    private void drawLines(List<Line> lines, float size, float[] rgb, float indent, float leading) {
        for (Line line : lines) {
            flow.ensure(size * leading);
            flow.draw(line, PageFlow.LEFT + indent, flow.y() - size, size, rgb);
            flow.down(size * leading);
        }
    }

    private void rule(float[] rgb, float width) {
        try {
            PDPageContentStream cs = flow.content();
            flow.down(2);
            cs.setStrokingColor(rgb[0], rgb[1], rgb[2]);
            cs.setLineWidth(width);
            cs.moveTo(PageFlow.LEFT, flow.y());
            cs.lineTo(PageFlow.RIGHT, flow.y());
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
