package org.vigie.itests.osgi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.vigie.corpus.api.CorpusImporter;
import org.vigie.corpus.api.ImportOptions;
import org.vigie.itests.fixtures.AnalystNoteSection;
import org.vigie.plugins.api.PluginInfo;
import org.vigie.plugins.api.PluginService;
import org.vigie.report.api.BriefingFormat;
import org.vigie.report.api.BriefingRequest;
import org.vigie.report.api.BriefingService;

/** A plugin that adds a briefing section: listed, written into the PDF, and gone once removed. */
class SectionPluginTest {

    @TempDir
    Path dir;

    @Test
    void aPluginSectionAppearsInTheBriefingAndLeavesWithThePlugin(
            @InjectService(timeout = 10_000) PluginService plugins, @InjectService(timeout = 10_000) BriefingService briefings,
            @InjectService(timeout = 10_000) CorpusImporter importer) throws Exception {
        Path article = dir.resolve("europol-operation.txt");
        Files.writeString(article, "Europol coordonne une opération contre un réseau de rançongiciels\n\n"
                + "Le 14 mai 2024, Europol et la police néerlandaise ont saisi des serveurs à La Haye.\n");
        importer.importPaths(List.of(article), ImportOptions.DEFAULT, null);

        Path jar = GeneratedPlugin.withComponent(dir, "org.vigie.itests.section",
                "org.vigie.itests.fixtures,org.vigie.report.api", "org.vigie.itests.fixtures.AnalystNoteSection",
                "org.vigie.report.api.BriefingSection", AnalystNoteSection.INFO.properties());
        PluginInfo info = plugins.install(jar.toString());
        try {
            assertTrue(briefings.sections().stream().anyMatch(s -> s.id().equals("analyst-note")),
                    briefings.sections().toString());
            assertTrue(text(brief(briefings, "with.pdf")).contains(AnalystNoteSection.HEADING));
        } finally {
            plugins.remove(String.valueOf(info.id()));
        }
        assertTrue(briefings.sections().stream().noneMatch(s -> s.id().equals("analyst-note")));
        assertFalse(text(brief(briefings, "without.pdf")).contains(AnalystNoteSection.HEADING));
    }

    private Path brief(BriefingService briefings, String name) {
        Path out = dir.resolve(name);
        briefings.brief(new BriefingRequest(out, "Essai de section", null, null, null, null, List.of(), null,
                LocalDate.of(2026, 12, 1), BriefingFormat.PDF));
        return out;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
