package org.vigie.report.pdf.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.vigie.report.api.Table;
import org.vigie.report.api.Text;
import org.vigie.report.pdf.internal.pdf.LineBreaker.Line;
import org.vigie.report.pdf.internal.pdf.Typeface.Face;

/** Draws tables: wrapped cells, zebra rows, and the header row repeated on every page. */
final class TableWriter {

    private static final float SIZE = 8.5f;
    private static final float LEADING = SIZE * 1.32f;
    private static final float PAD = 4;
    private static final float KEEP_WHOLE = 260;
    private static final float[] HEADER_FILL = {0.12f, 0.23f, 0.37f};
    private static final float[] ZEBRA = {0.945f, 0.953f, 0.965f};
    private static final float[] WHITE = {1, 1, 1};

    private final PageFlow flow;
    private final LineBreaker breaker;

    TableWriter(PageFlow flow, LineBreaker breaker) {
        this.flow = flow;
        this.breaker = breaker;
    }

    /**
     * Draws a table; {@code before} is told the height that must fit on the page with whatever
     * precedes the table (its heading), and may move to a new page.
     */
    void write(Table table, float width, Consumer<Float> before) {
        float[] widths = widths(table, width);
        List<List<Line>> header = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            header.add(breaker.lines(Text.of(table.columns().get(c).header()), s -> Face.SANS_BOLD, SIZE,
                    widths[c] - 2 * PAD));
        }
        float headerHeight = height(header);
        List<List<List<Line>>> rows = new ArrayList<>();
        float total = headerHeight;
        for (List<Text> row : table.rows()) {
            List<List<Line>> cells = new ArrayList<>();
            for (int c = 0; c < widths.length; c++) {
                Face regular = c == 0 ? Face.SANS_BOLD : Face.SANS;
                cells.add(breaker.lines(row.get(c), s -> s == Text.Style.BOLD ? Face.SANS_BOLD : regular, SIZE,
                        widths[c] - 2 * PAD));
            }
            rows.add(cells);
            total += height(cells);
        }
        // a short table is not split: it moves to the next page whole
        float needed = total <= KEEP_WHOLE ? total : headerHeight + (rows.isEmpty() ? 0 : height(rows.get(0)));
        before.accept(needed);
        flow.ensure(needed);
        drawRow(table, header, widths, headerHeight, HEADER_FILL, WHITE);
        int index = 0;
        for (List<List<Line>> cells : rows) {
            float h = height(cells);
            if (flow.y() - h < PageFlow.BOTTOM) {
                flow.newPage();
                drawRow(table, header, widths, headerHeight, HEADER_FILL, WHITE);
            }
            drawRow(table, cells, widths, h, index++ % 2 == 1 ? ZEBRA : null, PdfLayout.INK);
        }
    }

    private float[] widths(Table table, float width) {
        float total = 0;
        for (Table.Column c : table.columns()) {
            total += c.weight();
        }
        float[] widths = new float[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width * table.columns().get(i).weight() / total;
        }
        return widths;
    }

    private float height(List<List<Line>> cells) {
        int lines = 1;
        for (List<Line> cell : cells) {
            lines = Math.max(lines, cell.size());
        }
        return lines * LEADING + 2 * PAD;
    }

    private void drawRow(Table table, List<List<Line>> cells, float[] widths, float h, float[] fill, float[] ink) {
        float top = flow.y();
        try {
            PDPageContentStream cs = flow.content();
            if (fill != null) {
                cs.setNonStrokingColor(fill[0], fill[1], fill[2]);
                cs.addRect(PageFlow.LEFT, top - h, PageFlow.RIGHT - PageFlow.LEFT, h);
                cs.fill();
            }
            cs.setStrokingColor(0.78f, 0.8f, 0.84f);
            cs.setLineWidth(0.4f);
            cs.moveTo(PageFlow.LEFT, top - h);
            cs.lineTo(PageFlow.RIGHT, top - h);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float x = PageFlow.LEFT;
        for (int c = 0; c < widths.length; c++) {
            float baseline = top - PAD - SIZE * 0.95f;
            for (Line line : cells.get(c)) {
                float dx = table.columns().get(c).align() == Table.Align.RIGHT ? widths[c] - PAD - line.width() : PAD;
                flow.draw(line, x + dx, baseline, SIZE, ink);
                baseline -= LEADING;
            }
            x += widths[c];
        }
        flow.down(h);
    }
}
