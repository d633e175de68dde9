package org.vigie.report.pdf.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.vigie.report.pdf.internal.pdf.LineBreaker.Line;
import org.vigie.report.pdf.internal.pdf.LineBreaker.Piece;

/**
 * The pages of a PDF being written, top to bottom: the current page's content stream and the
 * cursor. Remembers where citations were drawn and where anchors (sources, sections) stand, so
 * that links and the outline can be made once every page exists.
 */
final class PageFlow {

    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = 64;
    static final float RIGHT = PAGE_WIDTH - 64;
    static final float TOP = PAGE_HEIGHT - 76;
    static final float BOTTOM = 72;

    /** A place in the document: page index and the y of its top. */
    record Anchor(int page, float y) {
    }

    /** A drawn citation: where to put its link annotation. */
    record Link(int page, float x, float y, float width, float height, int citation) {
    }

    final PDDocument document;
    final Typeface typeface;
    final List<PDPage> pages = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    PageFlow(PDDocument document, Typeface typeface) {
        this.document = document;
        this.typeface = typeface;
    }

    float y() {
        return y;
    }

    void down(float points) {
        y -= points;
    }

    boolean atTop() {
        return content == null || y >= TOP - 0.1f;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    void ensure(float height) {
        if (content == null || y - height < BOTTOM) {
            newPage();
        }
    }

    void newPage() {
        closeContent();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages.add(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = TOP;
    }

    PDPageContentStream content() {
        if (content == null) {
            newPage();
        }
        return content;
    }

    Anchor here() {
        content();
        return new Anchor(pages.size() - 1, y);
    }

    /** Draws a line of text with its baseline at {@code baseline}, recording citation links. */
    void draw(Line line, float x, float baseline, float size, float[] rgb) {
        try {
            PDPageContentStream cs = content();
            cs.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
            for (Piece piece : line.pieces()) {
                if (piece.citation() > 0) {
                    cs.setNonStrokingColor(0.12f, 0.33f, 0.6f);
                    links.add(new Link(pages.size() - 1, x + piece.x(), baseline - size * 0.25f, piece.width(),
                            size * 1.1f, piece.citation()));
                }
                cs.beginText();
                cs.setFont(typeface.font(piece.face()), size);
                cs.newLineAtOffset(x + piece.x(), baseline);
                cs.showText(piece.text());
                cs.endText();
                if (piece.citation() > 0) {
                    cs.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }
}
