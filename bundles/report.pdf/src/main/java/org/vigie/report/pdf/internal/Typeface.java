package org.vigie.report.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.vigie.report.api.ReportException;
import org.vigie.report.api.Text;

/**
 * The fonts of one PDF: Noto Serif for reading, Noto Sans for headings, tables and figures, all
 * embedded as subsets from the bundle (they cover French and Vietnamese). Also cleans text of
 * characters the fonts cannot show, so no glyph is ever silently dropped or substituted.
 */
final class Typeface {

    enum Face {
        SERIF("NotoSerif-Regular"), SERIF_ITALIC("NotoSerif-Italic"), SERIF_BOLD("NotoSerif-Bold"),
        SANS("NotoSans-Regular"), SANS_BOLD("NotoSans-Bold");

        final String file;

        Face(String file) {
            this.file = file;
        }
    }

    private final Map<Face, PDType0Font> fonts = new HashMap<>();
    private final PDDocument document;
    private final Map<Integer, Boolean> shown = new HashMap<>();
    private final Map<String, Float> widths = new HashMap<>();

    Typeface(PDDocument document) {
        this.document = document;
    }

    PDType0Font font(Face face) {
        return fonts.computeIfAbsent(face, this::load);
    }

    /** The body face of a text style. */
    Face body(Text.Style style) {
        return switch (style) {
            case BOLD -> Face.SERIF_BOLD;
            case ITALIC -> Face.SERIF_ITALIC;
            default -> Face.SERIF;
        };
    }

    /** The width of a string in points. */
    float width(Face face, String s, float size) {
        Float perUnit = widths.computeIfAbsent(face.ordinal() + ":" + s, k -> measure(face, s));
        return perUnit * size / 1000f;
    }

    /**
     * The text in NFC with control characters as spaces, and characters no face can show as
     * {@code ?} (counted as a replacement rather than hidden).
     */
    String clean(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || cp == 0x00a0 || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (Character.getType(cp) == Character.FORMAT) {
                return;
            } else if (shown.computeIfAbsent(cp, this::canShow)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean canShow(int codePoint) {
        String s = new String(Character.toChars(codePoint));
        for (Face face : new Face[] {Face.SERIF, Face.SANS}) {
            try {
                font(face).encode(s);
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }
        return true;
    }

    private float measure(Face face, String s) {
        try {
            return font(face).getStringWidth(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDType0Font load(Face face) {
        String resource = "/fonts/" + face.file + ".ttf";
        try (InputStream in = Typeface.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ReportException("the report bundle is damaged: font " + resource + " is missing");
            }
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new ReportException("cannot load font " + resource + ": " + e.getMessage(), e);
        }
    }
}
