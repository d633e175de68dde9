package org.vigie.itests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin whose stop never ends does not keep Vigie from closing its stores: at exit the plugin is
 * given the stop limit, then left behind with one line, and the rest of Vigie stops cleanly.
 */
class PluginShutdownTest {
    private static final String CLASS = HangingStopActivator.class.getName().replace('.', '/') + ".class";

    @TempDir
    Path dir;

    @BeforeAll
    static void theDistributionIsBuilt() {
        LauncherTest.theDistributionIsBuilt();
    }

    @Test
    void aPluginWhoseStopHangsIsLeftBehindAndTheStoresStillClose() throws Exception {
        Path workspace = dir.resolve("ws");
        Path article = Files.writeString(dir.resolve("article.txt"), "Coopération policière à Lyon\n\nLe secrétaire "
                + "général d'Interpol a reçu à Lyon une délégation du ministère de l'Intérieur.\n", StandardCharsets.UTF_8);

        VigieProcess.Result run = VigieProcess.run(workspace, "-c", "plugins:install " + hangingPlugin() + "; corpus:import "
                + article);

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("installed org.vigie.itests.hangingstop 1.0.0") && run.out().contains("ACTIVE"),
                run.toString());
        assertTrue(run.err().contains("vigie: plugin org.vigie.itests.hangingstop did not stop within 10 s; Vigie stops "
                + "without waiting for it"), run.toString());
        String log = Files.readString(workspace.resolve("logs/vigie.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("extraction pipeline stopped"), "the bundles below the plugins were stopped:\n" + log);
        // the jar deleted while Vigie is stopped: the plugin is removed at start, before it could run
        Files.delete(workspace.resolve("plugins/org.vigie.itests.hangingstop-1.0.0.jar"));
        VigieProcess.Result listed = VigieProcess.run(workspace, "-c", "entities:list --type ORGANIZATION");
        assertTrue(listed.out().contains("Interpol"), "what was imported is there:\n" + listed);
    }

    /** A bundle holding {@link HangingStopActivator}, copied from this test's class path. */
    private Path hangingPlugin() throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "org.vigie.itests.hangingstop");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Bundle-Activator", HangingStopActivator.class.getName());
        main.putValue("Import-Package", "org.osgi.framework");
        Path jar = dir.resolve("hangingstop.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream in = PluginShutdownTest.class.getClassLoader().getResourceAsStream(CLASS)) {
            out.putNextEntry(new JarEntry(CLASS));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }
}
