package org.vigie.report.pdf.internal.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;
import org.vigie.report.api.Drawing;
import org.vigie.report.api.Drawing.Anchor;
import org.vigie.report.api.Drawing.Colour;
import org.vigie.report.api.Drawing.Shape;

/**
 * The co-occurrence network as a circle: the most connected entities around it, grouped by type,
 * chords as thick as the number of shared sentences, discs as large as the mentions. A circle
 * keeps every label legible on paper, which a force layout of a dense graph does not.
 */
final class NetworkDrawing {

    private static final float HEIGHT = 380;

    private NetworkDrawing() {
    }

    /** The most connected entities of the pairs, by weighted degree, at most {@code limit}. */
    static List<Entity> hubs(List<CoOccurrence> pairs, int limit) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<String, Integer> degree = new LinkedHashMap<>();
        for (CoOccurrence p : pairs) {
            for (Entity e : List.of(p.first(), p.second())) {
                entities.putIfAbsent(e.key(), e);
                degree.merge(e.key(), p.sentences(), Integer::sum);
            }
        }
        return entities.values().stream().sorted(Comparator.comparingInt((Entity e) -> degree.get(e.key())).reversed()
                .thenComparing(Entity::name)).limit(limit).toList();
    }

    static Drawing draw(List<Entity> hubs, List<CoOccurrence> pairs, float width, String caption) {
        List<Entity> nodes = new ArrayList<>(hubs);
        nodes.sort(Comparator.comparing((Entity e) -> e.type().name()).thenComparing(Entity::name));
        float cx = width / 2;
        float cy = HEIGHT / 2 - 14;
        float radius = Math.min(width / 2 - 120, HEIGHT / 2 - 58);
        Map<String, float[]> at = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            double a = -Math.PI / 2 + 2 * Math.PI * i / nodes.size();
            at.put(nodes.get(i).key(), new float[] {cx + (float) (radius * Math.cos(a)), cy + (float) (radius * Math.sin(a)),
                    (float) Math.cos(a), (float) Math.sin(a)});
        }
        List<Shape> shapes = new ArrayList<>();
        int strongest = pairs.stream().mapToInt(CoOccurrence::sentences).max().orElse(1);
        List<CoOccurrence> drawn = pairs.stream().filter(p -> at.containsKey(p.first().key()) && at.containsKey(p.second().key()))
                .sorted(Comparator.comparingInt(CoOccurrence::sentences)).toList();
        for (CoOccurrence p : drawn) {
            float[] a = at.get(p.first().key());
            float[] b = at.get(p.second().key());
            float share = p.sentences() / (float) strongest;
            int grey = (int) (200 - 120 * share);
            shapes.add(new Drawing.Line(a[0], a[1], b[0], b[1], 0.6f + 3.6f * share, new Colour(grey - 20, grey - 5, grey + 20)));
        }
        int most = nodes.stream().mapToInt(Entity::mentions).max().orElse(1);
        for (Entity e : nodes) {
            float[] p = at.get(e.key());
            float r = 4 + 7 * (float) Math.sqrt(e.mentions() / (double) most);
            shapes.add(new Drawing.Circle(p[0], p[1], r, Types.colour(e.type()), Colour.WHITE));
            label(shapes, Names.of(e), p, r);
        }
        legend(shapes, nodes, width);
        return new Drawing(width, HEIGHT, shapes, caption);
    }

    private static void label(List<Shape> shapes, String name, float[] p, float r) {
        Anchor anchor = p[2] > 0.25f ? Anchor.START : p[2] < -0.25f ? Anchor.END : Anchor.MIDDLE;
        float gap = r + 5;
        float x = p[0] + p[2] * gap;
        float y = p[1] + p[3] * gap + 3;
        if (anchor == Anchor.MIDDLE) {
            y = p[3] < 0 ? p[1] - gap - 10 : p[1] + gap + 8;
        }
        List<String> lines = twoLines(name);
        if (anchor != Anchor.MIDDLE && lines.size() == 2) {
            y -= 4.5f;
        }
        for (String line : lines) {
            shapes.add(new Drawing.Label(x, y, line, 8, false, Colour.of(0x1a1a1f), anchor));
            y += 9.5f;
        }
    }

    /** A long name on two lines, cut at the space nearest its middle; a very long one shortened. */
    static List<String> twoLines(String name) {
        String n = name.length() > 44 ? name.substring(0, 43).strip() + "…" : name;
        if (n.length() <= 20 || n.indexOf(' ') < 0) {
            return List.of(n);
        }
        int mid = n.length() / 2;
        int best = -1;
        for (int i = 0; i < n.length(); i++) {
            if (n.charAt(i) == ' ' && (best < 0 || Math.abs(i - mid) < Math.abs(best - mid))) {
                best = i;
            }
        }
        return List.of(n.substring(0, best), n.substring(best + 1));
    }

    private static void legend(List<Shape> shapes, List<Entity> nodes, float width) {
        Set<EntityType> types = new LinkedHashSet<>();
        nodes.forEach(e -> types.add(e.type()));
        float x = width / 2 - types.size() * 45f;
        float y = HEIGHT - 8;
        for (EntityType t : types) {
            shapes.add(new Drawing.Circle(x, y - 3, 4, Types.colour(t), null));
            shapes.add(new Drawing.Label(x + 8, y, Types.label(t), 8, false, Colour.of(0x44484f), Anchor.START));
            x += 90;
        }
    }
}
