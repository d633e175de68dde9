package org.vigie.curation.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.curation.api.CurationException;
import org.vigie.curation.api.Decision;

class WorkspaceCurationLogTest {

    @TempDir
    Path dir;

    private WorkspaceCurationLog log() {
        return new WorkspaceCurationLog(dir.resolve("curation/decisions.jsonl"));
    }

    private static Decision merge(WorkspaceCurationLog log, String note) {
        return log.record(Decision.ENTITY_MERGE, List.of("LAW:convention de budapest", "LAW:convention sur la cybercriminalite"),
                Map.of("as", "Convention de Budapest"), note);
    }

    @Test
    void aDecisionIsOneReadableLineThatSurvivesARestart() throws Exception {
        WorkspaceCurationLog log = log();
        Decision merged = merge(log, "même traité");
        assertEquals(System.getProperty("user.name"), merged.by());
        List<String> lines = Files.readAllLines(dir.resolve("curation/decisions.jsonl"));
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).startsWith("{\"id\":\"" + merged.id() + "\",\"at\":\""), lines.get(0));
        assertTrue(lines.get(0).contains("\"action\":\"entity.merge\"") && lines.get(0).contains("même traité"));
        WorkspaceCurationLog again = log();
        assertEquals(List.of(merged), again.inForce());
        assertEquals(log.revision(), again.revision());
    }

    @Test
    void aLineCutShortByACrashIsSkippedAndTheNextAppendStartsANewLine() throws Exception {
        WorkspaceCurationLog log = log();
        Decision kept = merge(log, "");
        Path file = dir.resolve("curation/decisions.jsonl");
        Files.writeString(file, "{\"id\":\"abc\",\"at\":\"2026-", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        WorkspaceCurationLog reopened = log();
        assertEquals(List.of(kept), reopened.history());
        Decision next = reopened.record(Decision.ENTITY_REJECT, List.of("PERSON:le"), Map.of(), "");
        assertEquals(List.of(kept, next), log().history());
    }

    @Test
    void undoTakesBackTheNewestDecisionsInForceAndKeepsThemInTheHistory() {
        WorkspaceCurationLog log = log();
        Decision first = merge(log, "");
        Decision second = log.record(Decision.ENTITY_RENAME, List.of("LAW:convention de budapest"),
                Map.of("name", "Convention de Budapest (2001)"), "");
        assertEquals(List.of(second), log.undo(1, "trop long"));
        assertEquals(List.of(first), log.inForce());
        assertEquals(3, log.history().size());
        assertEquals(List.of(second.id()), log.history().get(2).targets());
        assertEquals(List.of(first), log.undo(5, ""));
        assertEquals(List.of(), log.inForce());
        assertThrows(CurationException.class, () -> log.undo(1, ""));
    }

    @Test
    void importingTheSameExportTwiceAddsNothingTheSecondTime() {
        WorkspaceCurationLog mine = log();
        merge(mine, "");
        mine.undo(1, "");
        Path export = dir.resolve("shared/team.jsonl");
        assertDoesNotThrow(() -> Files.createDirectories(export.getParent()));
        mine.exportTo(export);
        assertFalse(Files.exists(dir.resolve("shared/team.jsonl.part")));
        WorkspaceCurationLog theirs = new WorkspaceCurationLog(dir.resolve("other/decisions.jsonl"));
        assertEquals(2, theirs.importFrom(export));
        assertEquals(0, theirs.importFrom(export));
        assertEquals(mine.history(), theirs.history());
        assertEquals(List.of(), theirs.inForce());
    }

    @Test
    void aFileThatIsNotALogIsRefusedNamingTheLine() throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "\n\nnot json\n");
        CurationException e = assertThrows(CurationException.class, () -> log().importFrom(bad));
        assertTrue(e.getMessage().startsWith(bad + " line 3 is not a curation decision"), e.getMessage());
    }

    @Test
    void malformedDecisionsAreRefusedWithAReason() {
        WorkspaceCurationLog log = log();
        assertThrows(CurationException.class, () -> log.record(Decision.ENTITY_MERGE, List.of("LAW:a"), Map.of(), ""));
        assertThrows(CurationException.class, () -> log.record(Decision.ENTITY_RETYPE, List.of("LAW:a"), Map.of(), ""));
        CurationException grade = assertThrows(CurationException.class,
                () -> log.record(Decision.SOURCE_GRADE, List.of("Le Monde"), Map.of("grade", "G"), ""));
        assertEquals("'G' is not a grade: a source's reliability is A to F", grade.getMessage());
        assertEquals(0, log.revision());
    }

    @Test
    void theNewestGradeOfASourceWins() {
        WorkspaceCurationLog log = log();
        log.record(Decision.SOURCE_GRADE, List.of("Le Monde"), Map.of("grade", "C"), "");
        log.record(Decision.SOURCE_GRADE, List.of("le monde"), Map.of("grade", "B"), "");
        log.record(Decision.DOCUMENT_GRADE, List.of("d1"), Map.of("grade", "2"), "");
        LoggedGrades grades = new LoggedGrades(log);
        assertEquals("B", grades.reliability("LE MONDE").orElseThrow());
        assertEquals(2, grades.credibility("d1").getAsInt());
        log.undo(1, "");
        assertTrue(grades.credibility("d1").isEmpty());
        assertEquals(Map.of("le monde", "B"), grades.sources());
    }
}
