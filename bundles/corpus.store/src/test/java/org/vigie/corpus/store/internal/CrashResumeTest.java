package org.vigie.corpus.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process in the middle of adding documents (the JVM equivalent of kill -9), then checks
 * that every committed document is whole, that no part of the interrupted batch is there, and
 * that running the same import again completes it without duplicates.
 */
class CrashResumeTest {
    private static final int BATCHES = 6;
    private static final int SIZE = 3000;

    @TempDir
    Path workspace;

    @Test
    void aKilledImportLeavesWholeBatchesAndResumesWithoutDuplicates() throws Exception {
        Process child = start();
        int committed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && committed < 2; line = out.readLine()) {
                committed = line.startsWith("committed ") ? Integer.parseInt(line.substring(10)) : committed;
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        }
        assertEquals(2, committed, "the child committed two batches before it was killed");

        long afterCrash = checkStore();
        assertTrue(afterCrash >= 2L * SIZE && afterCrash < (long) BATCHES * SIZE, "killed mid-way: " + afterCrash);
        assertEquals(0, afterCrash % SIZE, "no part of an uncommitted batch: " + afterCrash);

        Process rerun = start();
        String output = new String(rerun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(rerun.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, rerun.exitValue(), output);
        assertTrue(output.endsWith("done\n"), output);
        assertEquals((long) BATCHES * SIZE, checkStore());
    }

    /** Every stored document equals the one the child made; ids are unique; returns the count. */
    private long checkStore() throws IOException {
        try (LuceneCorpusStore store = TestStores.open(workspace)) {
            List<String> ids = store.ids();
            assertEquals(ids.size(), new HashSet<>(ids).size(), "no duplicate ids");
            assertEquals(store.count(), ids.size());
            for (int n = 0; n < ids.size(); n++) {
                assertEquals(CrashingImport.id(n), ids.get(n), "import order kept");
                assertEquals(CrashingImport.document(n), store.get(ids.get(n)).orElseThrow());
            }
            assertFalse(store.contains(CrashingImport.id(ids.size())));
            return ids.size();
        }
    }

    private Process start() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                CrashingImport.class.getName(), workspace.toString(), String.valueOf(BATCHES), String.valueOf(SIZE))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
