package org.vigie.report.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the PDF Association's validator, checks the briefing against PDF/A-2b. */
class PdfaConformanceTest {

    @BeforeAll
    static void foundry() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void briefingConformsToPdfA2b() throws Exception {
        Path out = Files.createDirectories(Path.of("target", "briefings")).resolve("pdfa.pdf");
        Fixtures.service(Fixtures.articles(), Fixtures.tagger()).brief(BriefingPdfTest.request(out, List.of()));
        ValidationResult result = validate(out);
        assertTrue(result.isCompliant(), () -> failures(result));
    }

    @Test
    void validatorRejectsAPlainPdf() throws Exception {
        Path plain = Files.createDirectories(Path.of("target", "briefings")).resolve("plain.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(plain.toFile());
        }
        assertTrue(!validate(plain).isCompliant(), "a PDF without XMP or output intent must fail");
    }

    static ValidationResult validate(Path pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            return validator.validate(parser);
        } catch (IOException e) {
            throw e;
        }
    }

    static String failures(ValidationResult result) {
        return result.getTestAssertions().stream().filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                .distinct().limit(20).collect(Collectors.joining("\n"));
    }
}
