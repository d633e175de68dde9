package org.vigie.itests.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.vigie.corpus.api.CorpusImporter;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.curation.api.CurationLog;
import org.vigie.curation.api.Decision;
import org.vigie.curation.api.SourceGrades;
import org.vigie.report.api.BriefingFormat;
import org.vigie.report.api.BriefingRequest;
import org.vigie.report.api.BriefingService;

/**
 * Grades are decisions of the curation log: recorded, they are what SourceGrades answers and what
 * the briefing's citations say ({@code [1 · B2]}); undone, they are gone from both.
 */
class SourceGradeBriefingTest {
    private static final String SOURCE = "Vigie Lagune Test";
    /** A citation in the markdown briefing: {@code [\[1 · B2\]](#source-1)}, the spaces non-breaking. */
    private static final Pattern CITATION = Pattern.compile("\\[\\\\\\[\\d+(\u00a0·\u00a0([A-F]?[1-6]?))?\\\\\\]\\]\\(#source-\\d+\\)");

    @TempDir
    Path dir;

    @Test
    void aGradeRecordedInTheLogIsCitedInTheBriefingUntilUndone(@InjectService(timeout = 10_000) CurationLog log,
            @InjectService(timeout = 10_000) SourceGrades grades, @InjectService(timeout = 10_000) CorpusImporter importer,
            @InjectService(timeout = 10_000) CorpusStore store, @InjectService(timeout = 10_000) BriefingService briefings)
            throws Exception {
        String id = Articles.importText(importer, dir, "lagune.txt", SOURCE, "Pollution de la lagune de Venise\n\n"
                + "Le 12 mars 2025, la préfecture de Venise a signalé une pollution de la lagune par des hydrocarbures. "
                + "Greenpeace a demandé à Luca Zaia, président de la région, une enquête sur les pétroliers.\n");
        int recorded = 0;
        try {
            assertTrue(grades.reliability(SOURCE).isEmpty(), grades.sources().toString());
            assertEquals(List.of(""), citationGrades(brief(briefings, "ungraded.md")));

            log.record(Decision.SOURCE_GRADE, List.of(SOURCE), Map.of("grade", "B"), "itest");
            recorded++;
            assertEquals("B", grades.reliability(SOURCE.toLowerCase()).orElseThrow());
            assertEquals("B", grades.sources().get(SOURCE));
            assertEquals(List.of("B"), citationGrades(brief(briefings, "source-graded.md")));

            log.record(Decision.DOCUMENT_GRADE, List.of(id), Map.of("grade", "2"), "itest");
            recorded++;
            assertEquals(OptionalInt.of(2), grades.credibility(id));
            assertEquals(List.of("B2"), citationGrades(brief(briefings, "graded.md")));
        } finally {
            if (recorded > 0) {
                log.undo(recorded, "itest done"); // the framework's workspace is shared with the other tests
            }
        }
        try {
            assertTrue(grades.reliability(SOURCE).isEmpty(), grades.sources().toString());
            assertTrue(grades.credibility(id).isEmpty());
            assertEquals(List.of(""), citationGrades(brief(briefings, "undone.md")));
        } finally {
            store.remove(List.of(id));
        }
    }

    /** The briefing on the test's document only (its word "lagune"), as markdown. */
    private Path brief(BriefingService briefings, String name) {
        Path out = dir.resolve(name);
        briefings.brief(new BriefingRequest(out, "Essai de cotation", "lagune", null, null, null, List.of(), null,
                LocalDate.of(2025, 3, 14), BriefingFormat.MARKDOWN));
        return out;
    }

    /** The distinct grades its citations carry ("" for an ungraded citation); fails when it cites nothing. */
    private static List<String> citationGrades(Path markdown) throws IOException {
        String md = Files.readString(markdown, StandardCharsets.UTF_8);
        List<String> found = CITATION.matcher(md).results().map(m -> m.group(2) == null ? "" : m.group(2)).distinct().toList();
        assertFalse(found.isEmpty(), "no citation in " + md);
        return found;
    }
}
