package org.vigie.report.pdf.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.vigie.report.api.Drawing;
import org.vigie.report.api.Layout;
import org.vigie.report.api.Table;
import org.vigie.report.api.Text;

/**
 * Records what a section writes and replays it only when the section finished: a section that
 * throws half-way leaves nothing behind in the briefing.
 */
public final class RecordedLayout implements Layout {

    private final float width;
    private final List<Consumer<Layout>> steps = new ArrayList<>();

    public RecordedLayout(float width) {
        this.width = width;
    }

    public void replay(Layout target) {
        steps.forEach(step -> step.accept(target));
    }

    @Override
    public float width() {
        return width;
    }

    @Override
    public void title(String text) {
        steps.add(l -> l.title(text));
    }

    @Override
    public void label(String text) {
        steps.add(l -> l.label(text));
    }

    @Override
    public void heading(String text) {
        steps.add(l -> l.heading(text));
    }

    @Override
    public void paragraph(Text text) {
        steps.add(l -> l.paragraph(text));
    }

    @Override
    public void note(Text text) {
        steps.add(l -> l.note(text));
    }

    @Override
    public void bullets(List<Text> items) {
        List<Text> copy = List.copyOf(items);
        steps.add(l -> l.bullets(copy));
    }

    @Override
    public void table(Table table) {
        steps.add(l -> l.table(table));
    }

    @Override
    public void drawing(Drawing drawing) {
        steps.add(l -> l.drawing(drawing));
    }

    @Override
    public void source(int citation, Text text) {
        steps.add(l -> l.source(citation, text));
    }

    @Override
    public void space(float points) {
        steps.add(l -> l.space(points));
    }

    @Override
    public void pageBreak() {
        steps.add(Layout::pageBreak);
    }
}
