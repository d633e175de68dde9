package org.vigie.report.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.vigie.report.api.Briefing;
import org.vigie.report.api.BriefingResult;
import org.vigie.report.api.BriefingSection;
import org.vigie.report.api.Layout;
import org.vigie.report.api.Table;
import org.vigie.report.api.Table.Column;
import org.vigie.report.api.Text;

/** Tables across pages, through a plugin section as a plugin would write one. */
class LongTableTest {

    private static final String LONG = "Le ministère de la Sécurité publique du Vietnam et Interpol coopèrent depuis "
            + "longtemps contre la cybercriminalité transnationale, notamment à Hanoï et à Singapour, où Lương Tam "
            + "Quang a présenté les priorités d’un partenariat renforcé.";

    @Test
    void longTablesBreakAcrossPagesWithTheirHeaderRepeated() throws IOException {
        Path out = Files.createDirectories(Path.of("target", "briefings")).resolve("long-table.pdf");
        BriefingResult result = Fixtures.service(Fixtures.articles(), Fixtures.tagger(),
                Fixtures.registered("long-table", "Tableau de suivi", 450, true, new LongTable()))
                .brief(BriefingPdfTest.request(out, List.of("long-table")));
        assertEquals(List.of("long-table"), result.sections());
        assertTrue(result.pages() >= 3, "pages: " + result.pages());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<Integer> rowsPerPage = new ArrayList<>();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(pdf);
                assertTrue(page.contains("Indicateur suivi"), "header missing on page " + p);
                assertTrue(page.contains(p + " / " + pdf.getNumberOfPages()), "page number missing on page " + p);
                rowsPerPage.add(page.split("Ligne ", -1).length - 1);
            }
            assertEquals(120, rowsPerPage.stream().mapToInt(Integer::intValue).sum(), "every row once: " + rowsPerPage);
            assertFalse(rowsPerPage.contains(0));
        }
    }

    /** A plugin-style section: a 120-row table. */
    static final class LongTable implements BriefingSection {
        @Override
        public void write(Briefing briefing, Layout layout) {
            List<List<Text>> rows = new ArrayList<>();
            for (int i = 1; i <= 120; i++) {
                rows.add(List.of(Text.of("Ligne " + i), Text.of(i % 7 == 0 ? LONG : "Trần Đại Quang"),
                        Text.of(Integer.toString(i * 3))));
            }
            layout.table(new Table(List.of(Column.left("Indicateur suivi", 1.5f), Column.left("Détail", 5f),
                    Column.right("Valeur", 1f)), rows));
        }
    }
}
