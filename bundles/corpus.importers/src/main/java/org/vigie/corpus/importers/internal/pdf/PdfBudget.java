package org.vigie.corpus.importers.internal.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * A budget for what the streams of a PDF expand to. PDFBox decodes a stream whole in memory, so
 * a small compressed stream that expands to gigabytes (a compression bomb) would exhaust it.
 * Before a page is read, the streams its text comes from (contents, form XObjects, fonts) are
 * decoded here into a counter, never kept: one stream past {@code perStream} bytes, or all of
 * them past {@code perDocument}, refuses the file.
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
        long size = decodedSize(stream);
        spent += size;
        if (spent > perDocument) {
            throw new Exceeded(String.format(Locale.ROOT, "its streams expand past %d MB, the limit for one PDF "
                    + "(a compression bomb?)", perDocument >> 20));
        }
    }

    /** What the stream decodes to, counted without keeping it; 0 when PDFBox cannot decode it either. */
    private long decodedSize(COSStream stream) throws IOException {
        List<COSName> filters = filters(stream.getFilters());
        try (InputStream raw = stream.createRawInputStream()) {
            InputStream in = raw;
            for (int i = 0; i < filters.size(); i++) {
                Counter out = new Counter(perStream, i == filters.size() - 1);
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                filter.decode(in, out, stream, i);
                if (out.kept == null) {
                    return out.count;
                }
                in = new ByteArrayInputStream(out.kept.toByteArray());
            }
            return raw.transferTo(new Counter(perStream, true));
        } catch (Exceeded e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            return 0; // a damaged stream: PDFBox reports it, or skips it, when it reads the page
        }
    }

    private static List<COSName> filters(COSBase filters) {
        if (filters instanceof COSName name) {
            return List.of(name);
        }
        if (filters instanceof COSArray array) {
            return array.toList().stream().filter(COSName.class::isInstance).map(COSName.class::cast).toList();
        }
        return List.of();
    }

    /** Counts bytes, keeping them only for a filter that feeds another; refuses past the limit. */
    private static final class Counter extends OutputStream {
        private final long limit;
        private final java.io.ByteArrayOutputStream kept;
        private long count;

        Counter(long limit, boolean last) {
            this.limit = limit;
            this.kept = last ? null : new java.io.ByteArrayOutputStream();
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            count += length;
            if (count > limit) {
                throw new Exceeded(String.format(Locale.ROOT, "a stream expands past %d MB, the limit for one "
                        + "stream (a compression bomb?)", limit >> 20));
            }
            if (kept != null) {
                kept.write(bytes, offset, length);
            }
        }
    }
}
