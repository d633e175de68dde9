package org.vigie.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameworkCacheStampTest {

    @TempDir
    Path dir;

    @Test
    void aCompleteStartCreatesTheStamp() {
        Path stamp = dir.resolve("framework.stamp");
        FrameworkCacheStamp.mark(stamp);
        assertTrue(Files.isRegularFile(stamp));
    }

    @Test
    void aWarmStartLeavesTheStampAsItWas() throws Exception {
        Path stamp = Files.createFile(dir.resolve("framework.stamp"));
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(stamp, old);
        FrameworkCacheStamp.mark(stamp);
        assertEquals(old, Files.getLastModifiedTime(stamp),
                "./vigie compares the stamp's time with the distribution's: it must not move");
    }

    @Test
    void aStampThatCannotBeWrittenOnlyMeansARebuildNextTime() {
        Path stamp = dir.resolve("no-such-folder/framework.stamp");
        FrameworkCacheStamp.mark(stamp);
        assertFalse(Files.exists(stamp));
    }
}
