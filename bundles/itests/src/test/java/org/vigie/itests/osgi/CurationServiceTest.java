package org.vigie.itests.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.test.common.annotation.InjectService;
import org.vigie.core.api.Workspace;
import org.vigie.corpus.api.CorpusImporter;
import org.vigie.corpus.api.FileOutcome;
import org.vigie.corpus.api.ImportOptions;
import org.vigie.curation.api.CurationLog;
import org.vigie.curation.api.Decision;
import org.vigie.curation.api.SourceGrades;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.ExtractionPipeline;

/** The curation bundle's services run in the distribution, and the entity index applies a decision at once. */
class CurationServiceTest {

    @TempDir
    Path dir;

    @Test
    void aMergeRecordedInTheWorkspaceLogAppliesToTheIndex(@InjectService(timeout = 10_000) CurationLog log,
            @InjectService(timeout = 10_000) SourceGrades grades, @InjectService(timeout = 10_000) Workspace workspace,
            @InjectService(timeout = 10_000) CorpusImporter importer,
            @InjectService(timeout = 10_000) ExtractionPipeline pipeline,
            @InjectService(timeout = 10_000) EntityIndex index) throws Exception {
        assertEquals("org.vigie.curation", FrameworkUtil.getBundle(log.getClass()).getSymbolicName());
        assertEquals("org.vigie.curation", FrameworkUtil.getBundle(grades.getClass()).getSymbolicName());
        Path file = Files.writeString(dir.resolve("cooperation.txt"), "Coopération policière\n\nLe secrétaire général "
                + "d'Interpol a reçu à Lyon le directeur exécutif d'Europol. Interpol et Europol partagent leurs données.\n",
                StandardCharsets.UTF_8);
        FileOutcome outcome = importer.importPaths(List.of(file), ImportOptions.DEFAULT, null).files().get(0);
        assertTrue(outcome.status() != FileOutcome.Status.FAILED, String.valueOf(outcome.reason()));
        pipeline.extract(outcome.documentIds(), null);
        Entity interpol = index.find("Interpol").orElseThrow();
        Entity europol = index.find("Europol").orElseThrow();
        int applied = index.curation().applied();
        Decision merge = log.record(Decision.ENTITY_MERGE, List.of(interpol.key(), europol.key()),
                Map.of("as", "Interpol-Europol"), "itest");
        try {
            Entity merged = index.find("Europol").orElseThrow();
            assertEquals(interpol.key(), merged.key());
            assertEquals("Interpol-Europol", merged.name());
            assertEquals(applied + 1, index.curation().applied());
            assertTrue(Files.readString(workspace.area("curation").resolve("decisions.jsonl")).contains(merge.id()));
        } finally {
            log.undo(1, "itest done"); // the framework's workspace is shared with the other tests
        }
        assertEquals(europol.key(), index.find("Europol").orElseThrow().key());
    }
}
