package org.vigie.report.pdf.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.vigie.report.api.ReportException;
import org.vigie.report.api.Text;

/**
 * The fonts of one PDF: Noto Serif for reading, Noto Sans for headings, tables and figures, all
 * embedded as subsets from the bundle (they cover French and Vietnamese). Also cleans text of
 * characters the fonts cannot show, so no glyph is ever silently dropped or substituted. Whole
 * (just over 150 lines) because loading a face, measuring with it and cleaning text for it rest
 * on the same per-document font table, closed with the document.
 */
final class Typeface implements AutoCloseable {

    enum Face {
        SERIF("NotoSerif-Regular"), SERIF_ITALIC("NotoSerif-Italic"), SERIF_BOLD("NotoSerif-Bold"),
        SANS("NotoSans-Regular"), SANS_BOLD("NotoSans-Bold");

        final String file;

        Face(String file) {
            this.file = file;
        }
    }

    private final Map<Face, PDType0Font> fonts = new EnumMap<>(Face.class);
    private final List<TrueTypeFont> opened = new ArrayList<>();
    private final PDDocument document;
    private final Map<Integer, Boolean> shown = new HashMap<>();
    /** Advance widths per face and code point, in font units (PDFBox does not kern, so they add up). */
    private final Map<Face, Map<Integer, Float>> advances = new EnumMap<>(Face.class);

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
        Map<Integer, Float> known = advances.computeIfAbsent(face, f -> new HashMap<>());
        float units = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            Float w = known.get(cp);
            if (w == null) {
                w = measure(face, new String(Character.toChars(cp)));
                known.put(cp, w);
            }
            units += w;
            i += Character.charCount(cp);
        }
        return units * size / 1000f;
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

    /**
     * Loads a face without its GSUB table: PDFBox would otherwise apply ligatures (a search for
     * "figure" would then miss "ﬁgure") and rebuild its substitution worker at every font change.
     */
    private PDType0Font load(Face face) {
        String resource = "/fonts/" + face.file + ".ttf";
        try (InputStream in = Typeface.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ReportException("the report bundle is damaged: font " + resource + " is missing");
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            opened.add(ttf);
            ttf.getTableMap().remove("GSUB");
            return PDType0Font.load(document, ttf, true);
        } catch (IOException e) {
            throw new ReportException("cannot load font " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Releases the parsed fonts, once the document is saved. */
    @Override
    public void close() {
        for (TrueTypeFont ttf : opened) {
            try {
                ttf.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        opened.clear();
    }
}
