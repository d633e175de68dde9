package org.vigie.corpus.importers.internal.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.DocumentImporter;
import org.vigie.corpus.api.ImportException;
import org.vigie.corpus.api.ImportSource;
import org.vigie.corpus.api.ParsedDocument;
import org.vigie.corpus.api.propertytypes.ImporterService;

/**
 * PDF files, read with PDFBox 3: the text layer, and the document information's title and
 * creation date. Encrypted, broken and hostile files (nesting deep enough to overflow the stack,
 * streams that expand past {@value #MAX_STREAM_MB} MB, or {@value #MAX_DECODED_MB} MB for the
 * whole text, more than {@value #MAX_PAGES} pages) are refused with a reason instead of taking
 * the import down; PDFBox keeps at most {@value #MAIN_MEMORY_MB} MB of its buffers in memory.
 */
@ImporterService(id = "pdf", mediaTypes = PdfImporter.MEDIA_TYPE)
@Component(service = DocumentImporter.class)
public class PdfImporter implements DocumentImporter {

    static final String MEDIA_TYPE = "application/pdf";
    private static final Logger LOG = LoggerFactory.getLogger(PdfImporter.class);
    /** PDFBox's own buffers in memory before it spills to a temporary file. */
    static final long MAIN_MEMORY_MB = 64;
    /** What one stream, and all the streams read for the text, may expand to. */
    static final long MAX_STREAM_MB = 128, MAX_DECODED_MB = 1024;
    static final int MAX_PAGES = 10_000;

    @Override
    public boolean accepts(ImportSource source) {
        return source.extension().equals("pdf")
                || new String(source.head(), StandardCharsets.ISO_8859_1).startsWith("%PDF");
    }

    @Override
    public List<ParsedDocument> read(ImportSource source) {
        try (PDDocument pdf = Loader.loadPDF(source.path().toFile(),
                MemoryUsageSetting.setupMixed(MAIN_MEMORY_MB << 20).streamCache)) {
            if (pdf.getNumberOfPages() > MAX_PAGES) {
                throw new ImportException("too many pages: " + pdf.getNumberOfPages() + ", the limit is " + MAX_PAGES);
            }
            String text = Normalizer.normalize(new BudgetedStripper().getText(pdf), Normalizer.Form.NFC)
                    .replace("\r\n", "\n").strip();
            if (text.isEmpty()) {
                throw new ImportException("broken PDF: no text could be extracted");
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            return List.of(new ParsedDocument(text, null, title(info), null, null, created(info), null,
                    MEDIA_TYPE, null));
        } catch (InvalidPasswordException e) {
            throw new ImportException("encrypted PDF: it needs a password to be opened", e);
        } catch (PdfBudget.Exceeded e) {
            throw new ImportException("too large to read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ImportException("broken PDF: damaged or truncated (" + e.getMessage() + ")", e);
        } catch (StackOverflowError e) {
            // An Error, not an IOException: without this, one hostile file would end the whole import.
            LOG.warn("PDF {} is nested too deeply to be read", source.path());
            throw new ImportException("broken PDF: its structure is nested too deeply to be read");
        }
    }

    /** Checks what each page's streams expand to before PDFBox decodes them in memory. */
    private static final class BudgetedStripper extends PDFTextStripper {
        private final PdfBudget budget = new PdfBudget(MAX_STREAM_MB << 20, MAX_DECODED_MB << 20);

        @Override
        public void processPage(PDPage page) throws IOException {
            if (Thread.currentThread().isInterrupted()) {
                throw new ImportException("interrupted while reading its pages");
            }
            budget.checkPage(page);
            super.processPage(page);
        }
    }

    private static String title(PDDocumentInformation info) {
        String title = info.getTitle();
        return title == null || title.isBlank() ? null : Normalizer.normalize(title.strip(), Normalizer.Form.NFC);
    }

    private static LocalDate created(PDDocumentInformation info) {
        Calendar created = info.getCreationDate();
        return created == null ? null : created.toInstant().atZone(created.getTimeZone().toZoneId()).toLocalDate();
    }
}
