package org.vigie.report.pdf.internal.pdf;

import java.util.ArrayList;
import java.util.List;

import org.vigie.report.api.Text;
import org.vigie.report.pdf.internal.pdf.Typeface.Face;

/**
 * Section titles and sub-headings, held until the block that follows them is drawn so that a
 * heading never ends a page alone, and the outline entries (bookmarks) they make.
 */
final class Headings {

    /** How deep a heading is, and the height it takes with its spacing. */
    enum Level {
        SECTION(56), SUBHEADING(26);

        final float height;

        Level(float height) {
            this.height = height;
        }
    }

    /** A heading not drawn yet. */
    record Pending(Level level, String text) {
    }

    private final PageFlow flow;
    private final TextBlocks blocks;
    private final List<Pending> pending = new ArrayList<>();
    private final List<PdfFinisher.Bookmark> bookmarks = new ArrayList<>();

    Headings(PageFlow flow, TextBlocks blocks) {
        this.flow = flow;
        this.blocks = blocks;
    }

    /** A heading to draw before the next block. */
    void add(Level level, String text) {
        pending.add(new Pending(level, text));
    }

    /** An outline entry for a section without a heading (a cover), here. */
    void bookmarkHere(String title) {
        bookmarks.add(new PdfFinisher.Bookmark(title, flow.here(), new ArrayList<>()));
    }

    /** The outline: sections with their sub-headings as children. */
    List<PdfFinisher.Bookmark> bookmarks() {
        return bookmarks;
    }

    /** Draws the pending headings on the page where {@code height} more points still fit after them. */
    void keepWithNext(float height) {
        if (pending.isEmpty()) {
            return;
        }
        float total = height;
        for (Pending h : pending) {
            total += h.level().height;
        }
        flow.ensure(Math.min(total, PageFlow.TOP - PageFlow.BOTTOM));
        for (Pending h : pending) {
            if (h.level() == Level.SECTION) {
                if (!flow.atTop()) {
                    flow.down(14);
                }
                bookmarkHere(h.text());
                blocks.block(Text.of(h.text()), f -> Face.SANS_BOLD, 17, PdfLayout.NAVY, 0, 1.25f);
                blocks.rule(PdfLayout.NAVY, 1.2f);
                flow.down(10);
            } else {
                flow.down(6);
                if (!bookmarks.isEmpty()) {
                    bookmarks.get(bookmarks.size() - 1).children()
                            .add(new PdfFinisher.Bookmark(h.text(), flow.here(), List.of()));
                }
                blocks.block(Text.of(h.text()), f -> Face.SANS_BOLD, 12, PdfLayout.NAVY, 0, 1.3f);
                flow.down(3);
            }
        }
        pending.clear();
    }
}
