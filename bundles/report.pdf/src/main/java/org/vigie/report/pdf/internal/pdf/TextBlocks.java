package org.vigie.report.pdf.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.vigie.report.api.Text;
import org.vigie.report.pdf.internal.pdf.LineBreaker.Line;
import org.vigie.report.pdf.internal.pdf.Typeface.Face;

/** Draws wrapped text and rules down the page flow, each line on the page where it fits. */
final class TextBlocks {

    private final PageFlow flow;
    private final LineBreaker breaker;
    private final float width;

    TextBlocks(PageFlow flow, LineBreaker breaker, float width) {
        this.flow = flow;
        this.breaker = breaker;
        this.width = width;
    }

    /** {@code text} wrapped to the column less {@code indent}, in the faces its styles map to. */
    void block(Text text, Function<Text.Style, Face> faces, float size, float[] rgb, float indent, float leading) {
        lines(breaker.lines(text, faces, size, width - indent), size, rgb, indent, leading);
    }

    /** Lines already broken, one below the other. */
    void lines(List<Line> lines, float size, float[] rgb, float indent, float leading) {
        for (Line line : lines) {
            flow.ensure(size * leading);
            flow.draw(line, PageFlow.LEFT + indent, flow.y() - size, size, rgb);
            flow.down(size * leading);
        }
    }

    /** A horizontal rule across the column. */
    void rule(float[] rgb, float lineWidth) {
        try {
            PDPageContentStream cs = flow.content();
            flow.down(2);
            cs.setStrokingColor(rgb[0], rgb[1], rgb[2]);
            cs.setLineWidth(lineWidth);
            cs.moveTo(PageFlow.LEFT, flow.y());
            cs.lineTo(PageFlow.RIGHT, flow.y());
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
