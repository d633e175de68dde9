package org.vigie.report.pdf.internal.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.vigie.report.pdf.internal.layout.BriefingWriter.Meta;

/**
 * What the PDF says about itself: the document info, mirrored in XMP, and what PDF/A-2b adds (an
 * sRGB output intent, the language, a document id fixed by the content).
 */
final class PdfMetadata {

    private final PDDocument document;

    PdfMetadata(PDDocument document) {
        this.document = document;
    }

    void describe(Meta meta) throws IOException {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.clear();
        date.set(meta.date().getYear(), meta.date().getMonthValue() - 1, meta.date().getDayOfMonth());
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(meta.title());
        info.setAuthor(meta.author());
        info.setSubject(meta.subject());
        info.setKeywords(String.join(", ", meta.keywords()));
        info.setCreator(meta.generator());
        info.setProducer(Xmp.PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);
        archival(meta);
    }

    /** What PDF/A-2b adds: XMP mirroring the info, an sRGB output intent, a fixed document id. */
    private void archival(Meta meta) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage("fr");
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
        PDMetadata xmp = new PDMetadata(document);
        xmp.importXMPMetadata(Xmp.of(meta).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(xmp);
        PDOutputIntent intent = new PDOutputIntent(document,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
        document.setVersion(1.7f);
        byte[] id = fingerprint(meta.fingerprint());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] fingerprint(String seed) {
        try {
            return MessageDigest.getInstance("MD5").digest(seed.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }
}
