package org.vigie.report.pdf.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.vigie.report.api.Drawing;
import org.vigie.report.api.Drawing.Colour;
import org.vigie.report.pdf.internal.pdf.LineBreaker.Line;
import org.vigie.report.pdf.internal.pdf.LineBreaker.Piece;
import org.vigie.report.pdf.internal.pdf.Typeface.Face;

/** Paints {@link Drawing}s as PDF vector graphics, centred in the column and scaled to fit. */
final class DrawingPainter {

    private static final float KAPPA = 0.5523f;
    private final PageFlow flow;

    DrawingPainter(PageFlow flow) {
        this.flow = flow;
    }

    void paint(Drawing drawing, float columnWidth, Typeface typeface) {
        float scale = Math.min(1f, columnWidth / drawing.width());
        float height = drawing.height() * scale;
        flow.ensure(Math.min(height + 20, PageFlow.TOP - PageFlow.BOTTOM));
        float ox = PageFlow.LEFT + (columnWidth - drawing.width() * scale) / 2;
        float oy = flow.y();
        try {
            PDPageContentStream cs = flow.content();
            for (Drawing.Shape shape : drawing.shapes()) {
                paint(cs, shape, ox, oy, scale, typeface);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flow.down(height + 6);
    }

    /** A marking in a coloured frame (TLP colours when it is a TLP label). */
    void label(String text, float x) {
        float size = 10;
        Typeface typeface = flow.typeface;
        float w = typeface.width(Face.SANS_BOLD, text, size) + 16;
        float[] fill = tlpColour(text);
        flow.ensure(28);
        float top = flow.y();
        try {
            PDPageContentStream cs = flow.content();
            cs.setNonStrokingColor(fill[0], fill[1], fill[2]);
            cs.addRect(x, top - 20, w, 20);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float[] ink = fill[0] + fill[1] + fill[2] < 1.2f ? new float[] {1, 1, 1} : PdfLayout.INK;
        Line line = new Line(java.util.List.of(new Piece(text, Face.SANS_BOLD, 0, 0, w)), w);
        flow.draw(line, x + 8, top - 14, size, ink);
        flow.down(20);
    }

    private static float[] tlpColour(String marking) {
        String m = marking.toUpperCase(Locale.ROOT);
        if (m.contains("RED")) {
            return new float[] {0.8f, 0.1f, 0.2f};
        } else if (m.contains("AMBER")) {
            return new float[] {1f, 0.75f, 0f};
        } else if (m.contains("GREEN")) {
            return new float[] {0.2f, 0.6f, 0.3f};
        }
        return new float[] {0.1f, 0.1f, 0.12f};
    }

    private void paint(PDPageContentStream cs, Drawing.Shape shape, float ox, float oy, float s, Typeface typeface)
            throws IOException {
        if (shape instanceof Drawing.Line l) {
            stroke(cs, l.colour());
            cs.setLineWidth(l.stroke() * s);
            cs.moveTo(ox + l.x1() * s, oy - l.y1() * s);
            cs.lineTo(ox + l.x2() * s, oy - l.y2() * s);
            cs.stroke();
        } else if (shape instanceof Drawing.Box b) {
            fill(cs, b.fill());
            cs.addRect(ox + b.x() * s, oy - (b.y() + b.height()) * s, b.width() * s, b.height() * s);
            cs.fill();
        } else if (shape instanceof Drawing.Circle c) {
            circle(cs, c, ox + c.cx() * s, oy - c.cy() * s, c.radius() * s);
        } else if (shape instanceof Drawing.Label t) {
            label(t, ox + t.x() * s, oy - t.y() * s, s, typeface);
        }
    }

    private void circle(PDPageContentStream cs, Drawing.Circle c, float x, float y, float r) throws IOException {
        float k = KAPPA * r;
        cs.moveTo(x + r, y);
        cs.curveTo(x + r, y + k, x + k, y + r, x, y + r);
        cs.curveTo(x - k, y + r, x - r, y + k, x - r, y);
        cs.curveTo(x - r, y - k, x - k, y - r, x, y - r);
        cs.curveTo(x + k, y - r, x + r, y - k, x + r, y);
        cs.closePath();
        fill(cs, c.fill());
        if (c.outline() != null) {
            stroke(cs, c.outline());
            cs.setLineWidth(0.8f);
            cs.fillAndStroke();
        } else {
            cs.fill();
        }
    }

    private void label(Drawing.Label t, float x, float y, float s, Typeface typeface) {
        Face face = t.bold() ? Face.SANS_BOLD : Face.SANS;
        String text = typeface.clean(t.text());
        float size = t.size() * s;
        float w = typeface.width(face, text, size);
        float dx = switch (t.anchor()) {
            case START -> 0;
            case MIDDLE -> -w / 2;
            case END -> -w;
        };
        Colour c = t.colour();
        Line line = new Line(java.util.List.of(new Piece(text, face, 0, 0, w)), w);
        flow.draw(line, x + dx, y, size, new float[] {c.red() / 255f, c.green() / 255f, c.blue() / 255f});
    }

    private static void fill(PDPageContentStream cs, Colour c) throws IOException {
        cs.setNonStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
    }

    private static void stroke(PDPageContentStream cs, Colour c) throws IOException {
        cs.setStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
    }
}
