package org.vigie.report.pdf.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.vigie.report.api.Text;
import org.vigie.report.pdf.internal.pdf.LineBreaker.Line;
import org.vigie.report.pdf.internal.pdf.Typeface.Face;

/** Line breaking and the fonts' coverage. */
class LayoutTest {

    private static final String LONG = "Le ministère de la Sécurité publique du Vietnam et Interpol coopèrent depuis "
            + "longtemps contre la cybercriminalité transnationale, notamment à Hanoï et à Singapour, où Lương Tam "
            + "Quang a présenté les priorités d’un partenariat renforcé.";

    @Test
    void linesFitTheWidthAndBreakOnlyBetweenWords() {
        try (PDDocument doc = new PDDocument(); Typeface typeface = new Typeface(doc)) {
            List<Line> lines = new LineBreaker(typeface).lines(Text.of(LONG).cite(3), s -> Face.SERIF, 10.5f, 200);
            assertTrue(lines.size() > 3, "lines: " + lines.size());
            StringBuilder joined = new StringBuilder();
            for (Line line : lines) {
                assertTrue(line.width() <= 200.01f, "too wide: " + line.width());
                line.pieces().forEach(p -> joined.append(p.text()));
                joined.append(' ');
            }
            String words = joined.toString().replaceAll("\\s+", " ").strip();
            assertEquals(LONG.replace("’", "’") + " [3]", words, "no word is cut and no hyphen is added");
            assertTrue(lines.get(lines.size() - 1).pieces().stream().anyMatch(p -> p.citation() == 3));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aWordWiderThanTheLineIsCutBetweenCharacters() throws IOException {
        try (PDDocument doc = new PDDocument(); Typeface typeface = new Typeface(doc)) {
            String word = "https://exemple.invalid/" + "a".repeat(120);
            List<Line> lines = new LineBreaker(typeface).lines(Text.of(word), s -> Face.SANS, 9, 120);
            assertTrue(lines.size() > 2);
            StringBuilder joined = new StringBuilder();
            lines.forEach(l -> l.pieces().forEach(p -> joined.append(p.text())));
            assertEquals(word, joined.toString());
        }
    }

    @Test
    void charactersNoFontHasAreShownAsQuestionMarks() throws IOException {
        try (PDDocument doc = new PDDocument(); Typeface typeface = new Typeface(doc)) {
            assertEquals("Trần Đại Quang ? Hanoï", typeface.clean("Trần Đại Quang \uD83D\uDE00 Hanoï"));
        }
    }
}
