package org.vigie.report.api;

import java.util.List;
import java.util.Objects;

/**
 * A vector drawing (network, chart). Coordinates are in points from the drawing's top-left
 * corner, y downwards; a layout scales a drawing wider than its text column down to fit.
 *
 * @param width its width in points
 * @param height its height in points
 * @param shapes what to draw, in painting order
 * @param caption a caption under it, or {@code null}
 */
public record Drawing(float width, float height, List<Shape> shapes, String caption) {

    public Drawing {
        shapes = List.copyOf(shapes);
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("a drawing needs a positive size: " + width + " x " + height);
        }
    }

    /** An sRGB colour. */
    public record Colour(int red, int green, int blue) {
        public static final Colour BLACK = new Colour(0, 0, 0);
        public static final Colour WHITE = new Colour(255, 255, 255);
        public static final Colour GREY = new Colour(128, 128, 128);

        public Colour {
            if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
                throw new IllegalArgumentException("colour components are 0-255");
            }
        }

        /** A colour from {@code 0xRRGGBB}. */
        public static Colour of(int rgb) {
            return new Colour((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
        }
    }

    /** Where a label's point is relative to its text. */
    public enum Anchor { START, MIDDLE, END }

    /** Something drawn. */
    public sealed interface Shape permits Line, Circle, Box, Label {
    }

    /** A straight line. */
    public record Line(float x1, float y1, float x2, float y2, float stroke, Colour colour) implements Shape {
        public Line {
            Objects.requireNonNull(colour, "colour");
        }
    }

    /** A disc with an optional outline ({@code outline} may be {@code null}). */
    public record Circle(float cx, float cy, float radius, Colour fill, Colour outline) implements Shape {
        public Circle {
            Objects.requireNonNull(fill, "fill");
        }
    }

    /** A filled rectangle. */
    public record Box(float x, float y, float width, float height, Colour fill) implements Shape {
        public Box {
            Objects.requireNonNull(fill, "fill");
        }
    }

    /** A line of text whose baseline passes through (x, y). */
    public record Label(float x, float y, String text, float size, boolean bold, Colour colour, Anchor anchor)
            implements Shape {
        public Label {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(colour, "colour");
            Objects.requireNonNull(anchor, "anchor");
        }
    }
}
