package org.vigie.itests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The framework cache (WORKSPACE/cache/framework) through ./vigie: a warm start of an unchanged
 * distribution rewrites nothing in it, and one left half-written by a killed start is rebuilt
 * with one line, without a stack trace and without losing a plugin.
 */
class FrameworkCacheTest {

    @TempDir
    Path dir;

    @Test
    void aWarmStartOfTheSameDistributionRewritesNoBundle() throws Exception {
        Path workspace = dir.resolve("ws");
        assertEquals(0, VigieProcess.run(workspace, "-c", "vigie:status").exitCode());
        Map<String, FileTime> first = bundleFiles(workspace);
        VigieProcess.Result second = VigieProcess.run(workspace, "-c", "vigie:status");
        assertEquals(0, second.exitCode(), second.toString());

        assertTrue(first.keySet().stream().anyMatch(f -> f.endsWith("/version0.0/bundle.jar")), first.toString());
        assertTrue(first.keySet().stream().noneMatch(f -> f.matches(".*/version\\d+\\.[1-9]\\d*/.*")),
                "each bundle installed once:\n" + first.keySet());
        assertEquals(first, bundleFiles(workspace),
                "the same bundle ids, revisions and files, none written again");
    }

    @Test
    void aCacheLeftHalfWrittenIsRebuiltWithOneLineAndKeepsThePlugin() throws Exception {
        Path workspace = dir.resolve("ws");
        VigieProcess.Result install = VigieProcess.run(workspace, "-c", "plugins:install " + VigieProcess.example("ioc-extractor"));
        assertEquals(0, install.exitCode(), install.toString());
        // what a kill -9 leaves when it lands while Felix rewrites a bundle's state
        Path archive = workspace.resolve("cache/framework/bundle3");
        Files.write(archive.resolve("bundle.info"), new byte[0]);

        VigieProcess.Result next = VigieProcess.run(workspace, "-c", "plugins:list");
        assertEquals(0, next.exitCode(), next.toString());
        assertEquals("vigie: the framework cache was left incomplete by an interrupted start; rebuilding it from "
                + "the distribution and " + workspace.toAbsolutePath().normalize().resolve("plugins"), next.err().strip());
        assertTrue(next.out().lines().anyMatch(l -> l.contains("org.vigie.ioc-extractor") && l.contains("ACTIVE")),
                next.toString());
        String log = Files.readString(workspace.resolve("logs/vigie.log"));
        assertFalse(log.contains("Error reloading cached bundle") || log.lines().anyMatch(l -> l.startsWith("\tat ")),
                log);
    }

    @Test
    void aStartKilledBeforeTheCacheWasWholeIsRedoneFromScratch() throws Exception {
        Path workspace = dir.resolve("ws");
        assertEquals(0, VigieProcess.run(workspace, "-c", "vigie:status").exitCode());
        Path stamp = workspace.resolve("cache/framework.stamp");
        assertTrue(Files.isRegularFile(stamp), "a complete start vouches for the cache");
        // a start killed while the launcher filled the cache never wrote the stamp
        Files.delete(stamp);

        VigieProcess.Result next = VigieProcess.run(workspace, "-c", "vigie:status");
        assertEquals(0, next.exitCode(), next.toString());
        assertTrue(next.err().startsWith("vigie: the framework cache was left incomplete"), next.toString());
        assertTrue(Files.isRegularFile(stamp), next.toString());
        assertEquals("", VigieProcess.run(workspace, "-c", "vigie:status").err(), "then the cache is whole again");
    }

    /** Every file of every bundle archive (bundle ids, revisions) with its modification time. */
    private static Map<String, FileTime> bundleFiles(Path workspace) throws IOException {
        Path cache = workspace.resolve("cache/framework");
        Map<String, FileTime> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(cache)) {
            for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                String name = cache.relativize(file).toString();
                // Felix notes the Java version at every start; it is no bundle
                if (!name.equals("bundle0/last.java.version")) {
                    files.put(name, Files.getLastModifiedTime(file));
                }
            }
        }
        return files;
    }
}
