package org.vigie.report.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.report.api.BriefingFormat;
import org.vigie.report.api.BriefingRequest;
import org.vigie.report.api.BriefingResult;

class BriefingPdfTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    static Path out;
    static BriefingResult result;

    @BeforeAll
    static void brief() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "briefings"));
        out = dir.resolve("fixtures.pdf");
        result = Fixtures.service(Fixtures.articles(), Fixtures.tagger()).brief(request(out, List.of()));
    }

    static BriefingRequest request(Path file, List<String> sections) {
        return new BriefingRequest(file, "Coopération contre la cybercriminalité", null, null, null, null, sections,
                null, DAY, BriefingFormat.PDF);
    }

    @Test
    void writesEverySectionAndCountsPages() throws IOException {
        assertEquals(List.of("cover", "bluf", "actors", "timeline", "relations", "sources", "appendix"), result.sections());
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        assertEquals(6, result.documents());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertEquals(pdf.getNumberOfPages(), result.pages());
            assertTrue(result.pages() >= 3, "pages: " + result.pages());
            assertEquals(Files.size(out), result.bytes());
        }
    }

    @Test
    void outlineHasOneEntryPerSection() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                assertNotNull(item.getDestination(), item.getTitle());
            }
            assertEquals(List.of("Couverture", "L’essentiel", "Acteurs clés", "Chronologie", "Relations", "Sources",
                    "Annexe : les documents"), titles);
            List<String> actors = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                if (item.getTitle().equals("Acteurs clés")) {
                    item.children().forEach(child -> actors.add(child.getTitle()));
                }
            }
            assertEquals(List.of("Personnes", "Organisations", "Lieux", "Autres entités"), actors);
        }
    }

    @Test
    void vietnameseAndFrenchTextComesBackIntact() throws IOException {
        String text = text(out);
        for (String name : List.of("Lương Tam Quang", "Trần Đại Quang", "Bùi Văn Nam", "Hanoï", "Singapour", "’",
                "Interpol", "Sécurité publique")) {
            assertTrue(text.contains(name), name + " missing from the extracted text");
        }
        assertFalse(text.contains("?"), "a character was replaced: the fonts cover the fixture texts");
        assertTrue(text.contains("fin de note"), "words stay searchable");
        assertFalse(text.contains("\ufb01") || text.contains("\ufb02"), "no ligature replaces letters");
    }

    @Test
    void everyCitationLinksToItsSourceEntry() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            int sourcesPage = -1;
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                if (item.getTitle().equals("Sources")) {
                    sourcesPage = pdf.getPages().indexOf(((PDPageXYZDestination) item.getDestination()).getPage());
                }
            }
            assertTrue(sourcesPage > 0);
            Set<Integer> linked = new TreeSet<>();
            for (int p = 0; p < pdf.getNumberOfPages(); p++) {
                PDPage page = pdf.getPage(p);
                for (PDAnnotation a : page.getAnnotations()) {
                    PDAnnotationLink link = (PDAnnotationLink) a;
                    int n = Integer.parseInt(label(page, link).replaceAll("[^0-9]", ""));
                    PDPageXYZDestination dest = (PDPageXYZDestination) link.getDestination();
                    int target = pdf.getPages().indexOf(dest.getPage());
                    assertTrue(target >= sourcesPage, "[" + n + "] links before the sources");
                    assertTrue(entryBelow(pdf.getPage(target), dest.getTop()).startsWith("[" + n + "]"),
                            "[" + n + "] links to " + entryBelow(pdf.getPage(target), dest.getTop()));
                    linked.add(n);
                }
            }
            Set<Integer> cited = new TreeSet<>();
            String text = text(out);
            Matcher m = Pattern.compile("\\[(\\d+)]").matcher(text.substring(0, text.lastIndexOf("Sources")));
            while (m.find()) {
                cited.add(Integer.parseInt(m.group(1)));
            }
            cited.remove(1); // the cover's example "[1]" is not a link; [1] is also cited in the body
            assertTrue(linked.containsAll(cited), "cited " + cited + ", linked " + linked);
            assertTrue(linked.size() >= 5, "linked: " + linked);
        }
    }

    /** The text under a link annotation, e.g. {@code [3]}. */
    private static String label(PDPage page, PDAnnotationLink link) throws IOException {
        PDFTextStripperByArea area = new PDFTextStripperByArea();
        PDRectangle r = link.getRectangle();
        float height = page.getMediaBox().getHeight();
        area.addRegion("link", new Rectangle2D.Float(r.getLowerLeftX() - 1, height - r.getUpperRightY() - 1,
                r.getWidth() + 2, r.getHeight() + 2));
        area.extractRegions(page);
        return area.getTextForRegion("link").strip();
    }

    /** The first line of text just below a destination's top. */
    private static String entryBelow(PDPage page, int top) throws IOException {
        PDFTextStripperByArea area = new PDFTextStripperByArea();
        float height = page.getMediaBox().getHeight();
        area.addRegion("entry", new Rectangle2D.Float(0, height - top, page.getMediaBox().getWidth(), 40));
        area.extractRegions(page);
        return area.getTextForRegion("entry").strip();
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            int fonts = 0;
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    assertTrue(font.getName().contains("Noto"), font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
        }
    }

    @Test
    void sameInputsGiveTheSameBytes() throws IOException {
        Path again = out.resolveSibling("fixtures-again.pdf");
        Fixtures.service(Fixtures.articles(), Fixtures.tagger()).brief(request(again, List.of()));
        assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(again));
    }

    @Test
    void metadataDescribesTheBriefing() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            var info = pdf.getDocumentInformation();
            assertEquals("Coopération contre la cybercriminalité", info.getTitle());
            assertEquals("Cellule d’analyse (test)", info.getAuthor());
            assertTrue(info.getKeywords().contains("Interpol"), info.getKeywords());
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8");
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>"));
            assertTrue(xmp.contains("Coopération contre la cybercriminalité"));
            assertEquals(1, pdf.getDocumentCatalog().getOutputIntents().size());
        }
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
