package org.vigie.report.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.vigie.corpus.api.Document;
import org.vigie.report.api.BriefingResult;

/** Golden test on the seed articles next to the repository (skipped in a clone without ../shared). */
class SharedCorpusBriefingTest {

    @Test
    void briefsTheSeedCorpusWithItsNamesSpelledExactly() throws Exception {
        Path corpus = Fixtures.sharedCorpus().orElse(null);
        Assumptions.assumeTrue(corpus != null, "no ../shared/corpus next to this clone");
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                docs.add(read(f));
            }
        }
        GazetteerTagger tagger = new GazetteerTagger(Fixtures.resource("shared-gazetteer.tsv").lines().toList());
        Path out = Files.createDirectories(Path.of("target", "briefings")).resolve("seed-corpus.pdf");
        BriefingResult result = Fixtures.service(docs, tagger).brief(BriefingPdfTest.request(out, List.of()));
        assertTrue(result.pages() >= 3, "pages: " + result.pages());
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        String text = BriefingPdfTest.text(out);
        for (String name : List.of("Lương Tam Quang", "Bùi Van Nam", "Interpol", "Singapour", "Hanoï")) {
            assertTrue(text.contains(name), name);
        }
        VeraGreenfieldFoundryProvider.initialise();
        var validation = PdfaConformanceTest.validate(out);
        assertTrue(validation.isCompliant(), () -> PdfaConformanceTest.failures(validation));
    }

    /** The first non-empty line is the headline ({@code >>} marks it in some files). */
    private static Document read(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8).strip();
        int newline = content.indexOf('\n');
        String title = content.substring(0, newline).replace(">>", "").strip();
        String text = content.substring(newline + 1).strip();
        return Fixtures.document(title, "corpus de référence", null, null, file.getFileName().toString(), text);
    }
}
