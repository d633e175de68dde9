package org.vigie.report.pdf.internal.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.vigie.report.api.Text;
import org.vigie.report.pdf.internal.pdf.Typeface.Face;

/**
 * Breaks a text into lines that fit a width, between words and never with a hyphen; a word wider
 * than the line is cut between characters. A non-breaking space (as before a citation) keeps its
 * neighbours on one line. Whole (~165 lines): one algorithm, word runs measured and placed in
 * one pass; its parts would only be read together.
 */
final class LineBreaker {

    /** Consecutive characters of one face and link, positioned from the line's start. */
    record Piece(String text, Face face, int citation, float x, float width) {
    }

    record Line(List<Piece> pieces, float width) {
    }

    private record Segment(String text, Face face, int citation) {
    }

    private final Typeface typeface;

    LineBreaker(Typeface typeface) {
        this.typeface = typeface;
    }

    List<Line> lines(Text text, Function<Text.Style, Face> faces, float size, float maxWidth) {
        List<Line> lines = new ArrayList<>();
        List<Segment> line = new ArrayList<>();
        float used = 0;
        for (List<Segment> word : words(text, faces)) {
            float w = width(word, size);
            float space = line.isEmpty() ? 0 : typeface.width(line.get(line.size() - 1).face(), " ", size);
            if (!line.isEmpty() && used + space + w > maxWidth) {
                lines.add(toLine(line, size));
                line = new ArrayList<>();
                used = 0;
                space = 0;
            }
            if (w > maxWidth) {
                for (List<Segment> part : cut(word, size, maxWidth)) {
                    lines.add(toLine(part, size));
                }
                continue;
            }
            if (!line.isEmpty()) {
                Segment last = line.remove(line.size() - 1);
                line.add(new Segment(last.text() + " ", last.face(), last.citation()));
            }
            line.addAll(word);
            used += space + w;
        }
        if (!line.isEmpty()) {
            lines.add(toLine(line, size));
        }
        return lines;
    }

    private List<List<Segment>> words(Text text, Function<Text.Style, Face> faces) {
        List<List<Segment>> words = new ArrayList<>();
        List<Segment> word = new ArrayList<>();
        for (Text.Run run : text.runs()) {
            Face face = faces.apply(run.style());
            StringBuilder buffer = new StringBuilder();
            for (char c : run.text().toCharArray()) {
                if (Character.isWhitespace(c)) {
                    flush(buffer, face, run.citation(), word);
                    if (!word.isEmpty()) {
                        words.add(word);
                        word = new ArrayList<>();
                    }
                } else {
                    buffer.append(c);
                }
            }
            flush(buffer, face, run.citation(), word);
        }
        if (!word.isEmpty()) {
            words.add(word);
        }
        return words;
    }

    private void flush(StringBuilder buffer, Face face, int citation, List<Segment> word) {
        if (buffer.length() > 0) {
            word.add(new Segment(typeface.clean(buffer.toString()), face, citation));
            buffer.setLength(0);
        }
    }

    private float width(List<Segment> segments, float size) {
        float w = 0;
        for (Segment s : segments) {
            w += typeface.width(s.face(), s.text(), size);
        }
        return w;
    }

    private List<List<Segment>> cut(List<Segment> word, float size, float maxWidth) {
        List<List<Segment>> parts = new ArrayList<>();
        List<Segment> part = new ArrayList<>();
        float used = 0;
        for (Segment s : word) {
            int[] cps = s.text().codePoints().toArray();
            StringBuilder b = new StringBuilder();
            for (int cp : cps) {
                String ch = new String(Character.toChars(cp));
                float w = typeface.width(s.face(), ch, size);
                if (used + w > maxWidth && (used > 0)) {
                    if (b.length() > 0) {
                        part.add(new Segment(b.toString(), s.face(), s.citation()));
                    }
                    parts.add(part);
                    part = new ArrayList<>();
                    b.setLength(0);
                    used = 0;
                }
                b.append(ch);
                used += w;
            }
            if (b.length() > 0) {
                part.add(new Segment(b.toString(), s.face(), s.citation()));
            }
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
        return parts;
    }

    private Line toLine(List<Segment> segments, float size) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Segment first = null;
        float x = 0;
        for (Segment s : segments) {
            if (first != null && (first.face() != s.face() || first.citation() != s.citation())) {
                x = addPiece(pieces, text.toString(), first, x, size);
                text.setLength(0);
            }
            if (text.length() == 0) {
                first = s;
            }
            text.append(s.text());
        }
        if (first != null) {
            x = addPiece(pieces, text.toString(), first, x, size);
        }
        String last = pieces.isEmpty() ? "" : pieces.get(pieces.size() - 1).text();
        float trailing = last.endsWith(" ") ? typeface.width(pieces.get(pieces.size() - 1).face(), " ", size) : 0;
        return new Line(pieces, x - trailing);
    }

    private float addPiece(List<Piece> pieces, String text, Segment style, float x, float size) {
        float w = typeface.width(style.face(), text, size);
        pieces.add(new Piece(text, style.face(), style.citation(), x, w));
        return x + w;
    }
}
