package org.vigie.corpus.importers.internal.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/** What one PDF stream expands to, counted through its filters without keeping the result. */
final class StreamSize {

    private StreamSize() {
    }

    /** What the stream decodes to, counted without keeping it; 0 when PDFBox cannot decode it either. */
    static long decoded(COSStream stream, long perStream) throws IOException {
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
        } catch (PdfBudget.Exceeded e) {
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
                throw new PdfBudget.Exceeded(String.format(Locale.ROOT, "a stream expands past %d MB, the limit for one "
                        + "stream (a compression bomb?)", limit >> 20));
            }
            if (kept != null) {
                kept.write(bytes, offset, length);
            }
        }
    }
}
