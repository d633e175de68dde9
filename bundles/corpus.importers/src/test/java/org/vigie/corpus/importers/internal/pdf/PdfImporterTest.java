package org.vigie.corpus.importers.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.ImportException;
import org.vigie.corpus.api.ParsedDocument;
import org.vigie.corpus.importers.internal.Fixtures;

public class PdfImporterTest {

    private static final String[] LINES = {
        "La Convention de Budapest sur la cybercriminalite a ete ouverte",
        "a la signature le 23 novembre 2001 par le Conseil de l'Europe.",
    };

    private final PdfImporter importer = new PdfImporter();

    @Test
    void readsTheTextLayerTitleAndCreationDate(@TempDir Path dir) throws IOException {
        Path pdf = writePdf(dir.resolve("budapest.pdf"), null);

        ParsedDocument doc = Fixtures.readOne(importer, pdf);

        assertTrue(doc.text().contains("La Convention de Budapest sur la cybercriminalite"), doc.text());
        assertTrue(doc.text().contains("23 novembre 2001"));
        assertEquals("La Convention de Budapest", doc.title());
        assertEquals(LocalDate.of(2021, 11, 23), doc.published());
        assertEquals("application/pdf", doc.mediaType());
    }

    @Test
    void refusesAPdfEncryptedWithAUserPassword(@TempDir Path dir) throws IOException {
        Path pdf = writePdf(dir.resolve("secret.pdf"), "motdepasse");

        ImportException e = assertThrows(ImportException.class, () -> importer.read(Fixtures.source(pdf)));

        assertTrue(e.getMessage().startsWith("encrypted PDF"), e.getMessage());
    }

    @Test
    void refusesATruncatedPdf(@TempDir Path dir) throws IOException {
        byte[] whole = Files.readAllBytes(writePdf(dir.resolve("whole.pdf"), null));
        Path truncated = Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(whole, whole.length / 3));

        ImportException e = assertThrows(ImportException.class, () -> importer.read(Fixtures.source(truncated)));

        assertTrue(e.getMessage().startsWith("broken PDF"), e.getMessage());
    }

    @Test
    void refusesAPdfNestedDeepEnoughToOverflowTheStack(@TempDir Path dir) throws IOException {
        Path hostile = Files.write(dir.resolve("nested.pdf"), nestedPdf(200_000));

        ImportException e = assertThrows(ImportException.class, () -> importer.read(Fixtures.source(hostile)));

        assertTrue(e.getMessage().startsWith("broken PDF"), e.getMessage());
    }

    @Test
    void refusesACompressionBombInsteadOfDecodingItInMemory(@TempDir Path dir) throws IOException {
        Path bomb = writeBomb(dir.resolve("bombe.pdf"), 1L << 30);

        ImportException e = assertThrows(ImportException.class, () -> importer.read(Fixtures.source(bomb)));

        assertEquals("too large to read: a stream expands past 128 MB, the limit for one stream (a compression bomb?)",
                e.getMessage());
        assertTrue(Files.size(bomb) < 8 << 20, "a small file: " + Files.size(bomb));
    }

    @Test
    void acceptsPdfByExtensionOrSignature(@TempDir Path dir) throws IOException {
        Path unnamed = Files.write(dir.resolve("rapport"), Files.readAllBytes(writePdf(dir.resolve("a.pdf"), null)));

        assertTrue(importer.accepts(Fixtures.source(unnamed)));
    }

    /** A one-page PDF with a title and a creation date, encrypted when a user password is given. */
    public static Path writePdf(Path file, String userPassword) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.setLeading(16);
                content.newLineAtOffset(72, 700);
                for (String line : LINES) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            pdf.getDocumentInformation().setTitle("La Convention de Budapest");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("Europe/Paris"));
            created.clear();
            created.set(2021, Calendar.NOVEMBER, 23, 10, 0);
            pdf.getDocumentInformation().setCreationDate(created);
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("proprietaire", userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                pdf.protect(policy);
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    /** A PDF whose page content is {@code zeros} zero bytes, Flate-compressed (about 5 MB for 1 GB). */
    static Path writeBomb(Path file, long zeros) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            COSStream content = pdf.getDocument().createCOSStream();
            try (OutputStream raw = content.createRawOutputStream();
                    DeflaterOutputStream out = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
                byte[] block = new byte[1 << 20];
                for (long written = 0; written < zeros; written += block.length) {
                    out.write(block);
                }
            }
            content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.getCOSObject().setItem(COSName.CONTENTS, content);
            pdf.save(file.toFile());
        }
        return file;
    }

    /**
     * A well-formed PDF (objects, cross-reference table, trailer) whose catalog holds arrays nested
     * {@code depth} deep. PDFBox 3.0.8 stops at its own recursion limit with an IOException; older
     * 3.0.x overflowed the stack, which the importer also turns into "broken PDF".
     */
    static byte[] nestedPdf(int depth) {
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R /Deep " + "[".repeat(depth) + "]".repeat(depth) + " >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
