package org.vigie.report.pdf.internal.pdf;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.vigie.report.api.Text;
import org.vigie.report.pdf.internal.layout.BriefingWriter.Meta;
import org.vigie.report.pdf.internal.pdf.PageFlow.Anchor;
import org.vigie.report.pdf.internal.pdf.Typeface.Face;

/**
 * Once every page exists: running header and "n / N" footer, citation links, the outline, and
 * the metadata ({@link PdfMetadata}).
 */
final class PdfFinisher {

    private final PDDocument document;
    private final PageFlow flow;
    private final Typeface typeface;

    PdfFinisher(PDDocument document, PageFlow flow, Typeface typeface) {
        this.document = document;
        this.flow = flow;
        this.typeface = typeface;
    }

    /** An outline entry: a section, with its sub-headings as children. */
    record Bookmark(String title, Anchor anchor, List<Bookmark> children) {
    }

    void finish(Meta meta, List<Bookmark> sections, Map<Integer, Anchor> sources, boolean cover)
            throws IOException {
        furnish(meta, cover ? 1 : 0);
        link(sources);
        outline(sections);
        new PdfMetadata(document).describe(meta);
    }

    private void furnish(Meta meta, int first) throws IOException {
        int total = flow.pages.size();
        LineBreaker breaker = new LineBreaker(typeface);
        for (int i = first; i < total; i++) {
            PDPage page = flow.pages.get(i);
            try (PDPageContentStream cs = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                float y = PageFlow.PAGE_HEIGHT - 44;
                write(cs, breaker, meta.title(), Face.SANS, PageFlow.LEFT, y, 8, false, 330);
                if (meta.marking() != null) {
                    write(cs, breaker, meta.marking(), Face.SANS_BOLD, PageFlow.RIGHT, y, 8, true, 150);
                }
                cs.setStrokingColor(0.7f, 0.73f, 0.78f);
                cs.setLineWidth(0.5f);
                cs.moveTo(PageFlow.LEFT, y - 6);
                cs.lineTo(PageFlow.RIGHT, y - 6);
                cs.stroke();
                String number = (i + 1) + " / " + total;
                float w = typeface.width(Face.SANS, number, 8.5f);
                write(cs, breaker, number, Face.SANS, (PageFlow.PAGE_WIDTH - w) / 2, 40, 8.5f, false, 200);
            }
        }
    }

    private void write(PDPageContentStream cs, LineBreaker breaker, String text, Face face, float x, float y,
            float size, boolean alignRight, float maxWidth) throws IOException {
        List<LineBreaker.Line> lines = breaker.lines(Text.of(text), s -> face, size, maxWidth);
        if (lines.isEmpty()) {
            return;
        }
        LineBreaker.Line line = lines.get(0);
        String shown = lines.size() > 1 ? line.pieces().get(0).text().strip() + " …" : line.pieces().get(0).text();
        float left = alignRight ? x - typeface.width(face, shown, size) : x;
        cs.setNonStrokingColor(PdfLayout.MUTED[0], PdfLayout.MUTED[1], PdfLayout.MUTED[2]);
        cs.beginText();
        cs.setFont(typeface.font(face), size);
        cs.newLineAtOffset(left, y);
        cs.showText(shown);
        cs.endText();
    }

    private void link(Map<Integer, Anchor> sources) throws IOException {
        for (PageFlow.Link l : flow.links) {
            Anchor target = sources.get(l.citation());
            if (target == null) {
                continue;
            }
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(l.x(), l.y(), l.width(), l.height()));
            PDBorderStyleDictionary border = new PDBorderStyleDictionary();
            border.setWidth(0);
            link.setBorderStyle(border);
            link.setPrinted(true);
            link.setDestination(destination(target, 3));
            flow.pages.get(l.page()).getAnnotations().add(link);
        }
    }

    /** A view of a page with {@code margin} points above the anchor. */
    private PDPageXYZDestination destination(Anchor anchor, int margin) {
        PDPageXYZDestination d = new PDPageXYZDestination();
        d.setPage(flow.pages.get(anchor.page()));
        d.setLeft(0);
        d.setTop(Math.round(anchor.y() + margin));
        return d;
    }

    private void outline(List<Bookmark> sections) {
        PDDocumentOutline outline = new PDDocumentOutline();
        for (Bookmark section : sections) {
            PDOutlineItem item = item(section);
            section.children().forEach(child -> item.addLast(item(child)));
            outline.addLast(item);
        }
        outline.openNode();
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setDocumentOutline(outline);
        catalog.setPageMode(PageMode.USE_OUTLINES);
    }

    private PDOutlineItem item(Bookmark bookmark) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(bookmark.title());
        item.setDestination(destination(bookmark.anchor(), 14));
        return item;
    }
}
