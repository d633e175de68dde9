package org.vigie.itests.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.vigie.export.api.Export;
import org.vigie.export.api.ExportException;
import org.vigie.export.api.ExportRequest;
import org.vigie.export.api.ExportService;
import org.vigie.export.api.Exporter;
import org.vigie.export.api.ExporterInfo;

/**
 * The export whiteboard in the framework: the CSV exporter is there, and an exporter registered at
 * runtime is offered, writes, and goes when unregistered.
 */
class ExportWhiteboardTest {

    private static final ExporterInfo LINES = new ExporterInfo("test-lines", "text/plain", "txt",
            "one line per selected document", "unknown");

    @TempDir
    Path dir;

    @Test
    void theCsvExporterIsRegistered(@InjectService(timeout = 10_000) ExportService exports) {
        ExporterInfo csv = exports.formats().stream().filter(f -> f.id().equals("csv")).findFirst().orElseThrow();
        assertEquals("zip", csv.extension());
        assertEquals("org.vigie.export", csv.bundle());
    }

    @Test
    void anExporterRegisteredAtRuntimeComesAndGoes(@InjectBundleContext BundleContext context,
            @InjectService(timeout = 10_000) ExportService exports) throws Exception {
        Exporter lines = (Export export, OutputStream out) -> {
            for (String id : export.selection().ids()) {
                out.write((id + "\n").getBytes(StandardCharsets.UTF_8));
            }
        };
        ServiceRegistration<Exporter> registration = context.registerService(Exporter.class, lines,
                new Hashtable<>(Map.copyOf(LINES.properties())));
        Path out = dir.resolve("ids.txt");
        try {
            assertTrue(exports.formats().stream().anyMatch(f -> f.id().equals(LINES.id())), exports.formats().toString());
            exports.write(new ExportRequest(out, LINES.id(), null, null));
            assertTrue(Files.exists(out));
        } finally {
            registration.unregister();
        }
        assertTrue(exports.formats().stream().noneMatch(f -> f.id().equals(LINES.id())), exports.formats().toString());
        ExportException gone = assertThrows(ExportException.class,
                () -> exports.write(new ExportRequest(dir.resolve("again.txt"), LINES.id(), null, null)));
        assertTrue(gone.getMessage().startsWith("unknown format 'test-lines': export:formats lists "), gone.getMessage());
        assertEquals(List.of("ids.txt"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
    }
}
