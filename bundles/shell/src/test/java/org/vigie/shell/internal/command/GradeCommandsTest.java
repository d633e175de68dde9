package org.vigie.shell.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.curation.api.CurationException;
import org.vigie.curation.api.CurationLog;
import org.vigie.curation.api.Decision;
import org.vigie.testing.MemoryCorpusStore;

/** corpus:grade checks the grade and what it grades before it records a decision; corpus:grades lists those in force. */
class GradeCommandsTest {
    private static final Document HANOI = document("a1e766628a20f0e9", "Convention de Hanoï", "VNA");
    private static final Document SYNDICATED = document("b2f7000011112222", "Reprise de la dépêche", "Vigie Test Presse");
    private static final Document UNSOURCED = document("c3a8000011112222", "Note interne", null);

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final RecordingLog log = new RecordingLog();
    private GradeCommands commands;

    @BeforeEach
    void wire() {
        commands = new GradeCommands(new MemoryCorpusStore(HANOI, SYNDICATED, UNSOURCED));
        commands.log = log;
    }

    @Test
    void aSourceInTheCorpusIsGradedUnderItsOwnSpellingWhateverTheCaseOfTheGrade() {
        commands.grade("agence officielle", false, false, "vna", "b");

        Decision d = log.recorded.get(0);
        assertEquals(Decision.SOURCE_GRADE, d.action());
        assertEquals(List.of("VNA"), d.targets());
        assertEquals(Map.of("grade", "B"), d.arguments());
        assertEquals("agence officielle", d.note());
        assertEquals("graded VNA B (usually reliable), decision " + d.id().substring(0, 8) + "\n", out());
    }

    @Test
    void aSourceNameOfSeveralWordsNeedsNoQuotes() {
        commands.grade("", false, false, "Vigie", "Test", "Presse", "F");
        assertEquals(List.of("Vigie Test Presse"), log.recorded.get(0).targets());
    }

    @Test
    void aGradeOutsideAToFIsOneLineAndNothingIsRecorded() {
        CurationException e = assertThrows(CurationException.class, () -> commands.grade("", false, false, "VNA", "G"));
        assertEquals("cannot grade VNA: 'G' is not a reliability grade, A (completely reliable) to F (reliability "
                + "cannot be judged)", e.getMessage());
        assertTrue(log.recorded.isEmpty());
    }

    @Test
    void anUnknownSourceIsNamedWithTheCloseOnesAndForceGradesItAnyway() {
        CurationException e = assertThrows(CurationException.class, () -> commands.grade("", false, false, "VNX", "A"));
        assertEquals("cannot grade VNX: no source of that name in the corpus; close: VNA; --force grades a source "
                + "not imported yet", e.getMessage());
        CurationException far = assertThrows(CurationException.class,
                () -> commands.grade("", false, false, "Le Monde", "A"));
        assertTrue(far.getMessage().contains("no source of that name in the corpus (corpus:stats lists the sources)"),
                far.getMessage());
        assertTrue(log.recorded.isEmpty(), "nothing recorded for a source not in the corpus");

        commands.grade("", false, true, "Le Monde", "a");
        assertEquals(List.of("Le Monde"), log.recorded.get(0).targets());
        commands.grade("", false, true, "vna", "a");
        assertEquals(List.of("VNA"), log.recorded.get(1).targets(), "a source in the corpus keeps its spelling");
    }

    @Test
    void aDocumentIsGradedOneToSixUnderItsFullId() {
        commands.grade("recoupé par deux agences", true, false, "a1e76662", "1");

        Decision d = log.recorded.get(0);
        assertEquals(Decision.DOCUMENT_GRADE, d.action());
        assertEquals(List.of(HANOI.id()), d.targets());
        assertEquals("1", d.argument("grade"));
        assertTrue(out().startsWith("graded document a1e766628a20 1 (confirmed by other sources), decision "), out());
    }

    @Test
    void aDocumentGradeOutOfRangeOrAnUnknownDocumentIsOneLine() {
        assertEquals("cannot grade document a1e76662: '7' is not a credibility grade, 1 (confirmed by other sources) "
                + "to 6 (truth cannot be judged)",
                assertThrows(CurationException.class, () -> commands.grade("", true, false, "a1e76662", "7")).getMessage());
        assertEquals("cannot grade document ffff0000: no such document in the corpus",
                assertThrows(CurationException.class, () -> commands.grade("", true, false, "ffff0000", "2")).getMessage());
        assertEquals("corpus:grade needs a document id and a grade, 1 to 6: corpus:grade --document a1e76662 2",
                assertThrows(CurationException.class, () -> commands.grade("", true, false, "a1e76662")).getMessage());
        assertTrue(log.recorded.isEmpty());
    }

    @Test
    void withoutACurationLogGradingSaysSoInOneLine() {
        commands.log = null;
        assertEquals("cannot grade VNA: " + GradeCommands.NO_LOG,
                assertThrows(CurationException.class, () -> commands.grade("", false, false, "VNA", "B")).getMessage());
        assertEquals("cannot list grades: " + GradeCommands.NO_LOG,
                assertThrows(CurationException.class, () -> commands.grades(false)).getMessage());
    }

    @Test
    void gradesListsTheNewestGradeOfEachSourceAndDocumentWithWhoWhenAndWhy() {
        commands.grade("premier avis", false, false, "VNA", "C");
        commands.grade("", true, false, "a1e76662", "2");
        commands.grade("après vérification", false, false, "vna", "B");
        console.out.reset();

        commands.grades(false);

        List<String> lines = out().lines().toList();
        assertEquals(4, lines.size(), out());
        assertTrue(lines.get(1).matches("VNA +B +analyste +2026-12-07 13:0\\d UTC +après vérification"), lines.get(1));
        assertTrue(lines.get(2).matches("document a1e766628a20 Convention de Hanoï +2 +analyste +2026-12-07 13:0\\d UTC *"),
                lines.get(2));
        assertEquals("2 grades in force", lines.get(3));
    }

    @Test
    void closeNamesFoldCaseAndAccentsAndAllowAFewTypos() {
        List<String> sources = List.of("VnExpress", "VNA", "Le Monde", "Agence France-Presse");
        assertEquals(List.of("VNA"), CloseNames.to("vnx", sources, 5));
        assertEquals(List.of("VnExpress"), CloseNames.to("VnExp", sources, 5), "a part of the name");
        assertEquals(List.of("Agence France-Presse"), CloseNames.to("agence france presse", sources, 5));
        assertEquals(List.of("Le Monde"), CloseNames.to("Le Mondé", sources, 5));
        assertEquals(List.of(), CloseNames.to("Reuters", sources, 5));
    }

    private String out() {
        return console.out.toString(StandardCharsets.UTF_8);
    }

    private static Document document(String id, String title, String source) {
        return new Document(id, title + ".", null, new DocumentMetadata(title, source, null, LocalDate.of(2025, 10, 26),
                "fr", id + ".txt", "/news/" + id + ".txt", null, "text/plain", Map.of()));
    }

    /** A curation log in memory: decisions in order, every one in force, taken by "analyste" a minute apart. */
    private static final class RecordingLog implements CurationLog {
        final List<Decision> recorded = new ArrayList<>();

        @Override
        public Decision record(String action, List<String> targets, Map<String, String> arguments, String note) {
            Decision d = new Decision(Integer.toHexString((action + targets + arguments).hashCode() + recorded.size()) + "0000",
                    Instant.parse("2026-12-07T13:00:00Z").plusSeconds(60L * recorded.size()), "analyste", action, targets,
                    arguments, note);
            recorded.add(d);
            return d;
        }

        @Override
        public List<Decision> inForce() {
            return List.copyOf(recorded);
        }

        @Override
        public List<Decision> history() {
            return List.copyOf(recorded);
        }

        @Override
        public List<Decision> undo(int count, String note) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int importFrom(Path file) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void exportTo(Path file) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long revision() {
            return recorded.size();
        }
    }
}
