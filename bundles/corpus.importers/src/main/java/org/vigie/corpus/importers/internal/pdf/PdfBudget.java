package org.vigie.corpus.importers.internal.pdf;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * A budget for what the streams of a PDF expand to. PDFBox decodes a stream whole in memory, so
 * a small compressed stream that expands to gigabytes (a compression bomb) would exhaust it.
 * Before a page is read, the streams its text comes from (contents, form XObjects, fonts) are
 * decoded here into a counter, never kept: one stream past {@code perStream} bytes, or all of
 * them past {@code perDocument}, refuses the file. {@link StreamSize} does the counting.
 */
final class PdfBudget {

    /** The PDF expands past the budget. */
    static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;

        Exceeded(String message) {
            super(message);
        }
    }

    private final long perStream;
    private final long perDocument;
    private final Set<COSBase> checked = Collections.newSetFromMap(new IdentityHashMap<>());
    private long spent;

    PdfBudget(long perStream, long perDocument) {
        this.perStream = perStream;
        this.perDocument = perDocument;
    }

    void checkPage(PDPage page) throws IOException {
        contents(page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
        resources(page.getResources() == null ? null : page.getResources().getCOSObject());
    }

    private void contents(COSBase contents) throws IOException {
        if (contents instanceof COSStream stream) {
            stream(stream);
        } else if (contents instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                contents(array.getObject(i));
            }
        }
    }

    private void resources(COSDictionary resources) throws IOException {
        if (resources == null || !checked.add(resources)) {
            return;
        }
        for (COSBase xobject : values(resources.getCOSDictionary(COSName.XOBJECT))) {
            if (xobject instanceof COSStream form && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))) {
                stream(form);
                resources(form.getCOSDictionary(COSName.RESOURCES));
            }
        }
        for (COSBase font : values(resources.getCOSDictionary(COSName.FONT))) {
            if (font instanceof COSDictionary dictionary) {
                font(dictionary);
            }
        }
    }

    private void font(COSDictionary font) throws IOException {
        if (!checked.add(font)) {
            return;
        }
        COSDictionary descriptor = font.getCOSDictionary(COSName.FONT_DESC);
        if (descriptor != null) {
            for (COSName file : List.of(COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3)) {
                if (descriptor.getDictionaryObject(file) instanceof COSStream stream) {
                    stream(stream);
                }
            }
        }
        if (font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants) {
            for (int i = 0; i < descendants.size(); i++) {
                if (descendants.getObject(i) instanceof COSDictionary descendant) {
                    font(descendant);
                }
            }
        }
        for (COSBase glyph : values(font.getCOSDictionary(COSName.CHAR_PROCS))) {
            contents(glyph);
        }
        resources(font.getCOSDictionary(COSName.RESOURCES));
    }

    private static List<COSBase> values(COSDictionary dictionary) {
        return dictionary == null ? List.of()
                : dictionary.keySet().stream().map(dictionary::getDictionaryObject).toList();
    }

    private void stream(COSStream stream) throws IOException {
        if (!checked.add(stream)) {
            return;
        }
        long size = StreamSize.decoded(stream, perStream);
        spent += size;
        if (spent > perDocument) {
            throw new Exceeded(String.format(Locale.ROOT, "its streams expand past %d MB, the limit for one PDF "
                    + "(a compression bomb?)", perDocument >> 20));
        }
    }
}
