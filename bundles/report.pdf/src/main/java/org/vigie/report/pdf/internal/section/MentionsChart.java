package org.vigie.report.pdf.internal.section;

import java.util.ArrayList;
import java.util.List;

import org.vigie.entities.api.Entity;
import org.vigie.report.api.Drawing;
import org.vigie.report.api.Drawing.Anchor;
import org.vigie.report.api.Drawing.Colour;
import org.vigie.report.api.Drawing.Shape;

/** A horizontal bar chart of mentions per entity, names on the left, counts at the bar ends. */
final class MentionsChart {

    private static final float ROW = 19;
    private static final float LABELS = 170;

    private MentionsChart() {
    }

    static Drawing draw(List<Entity> entities, float width, String caption) {
        List<Shape> shapes = new ArrayList<>();
        int most = entities.stream().mapToInt(Entity::mentions).max().orElse(1);
        float room = width - LABELS - 40;
        float y = 6;
        for (Entity e : entities) {
            String full = Names.of(e);
            String name = full.length() > 34 ? full.substring(0, 33).strip() + "…" : full;
            shapes.add(new Drawing.Label(LABELS - 8, y + 10, name, 8.5f, false, Colour.of(0x1a1a1f), Anchor.END));
            float w = Math.max(1.5f, room * e.mentions() / most);
            shapes.add(new Drawing.Box(LABELS, y + 2, w, ROW - 7, Types.colour(e.type())));
            shapes.add(new Drawing.Label(LABELS + w + 5, y + 10, French.number(e.mentions()), 8, true,
                    Colour.of(0x44484f), Anchor.START));
            y += ROW;
        }
        shapes.add(new Drawing.Line(LABELS, 2, LABELS, y, 0.6f, Colour.of(0x8a8f98)));
        return new Drawing(width, y + 6, shapes, caption);
    }
}
