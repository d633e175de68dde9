package org.vigie.shell.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.export.api.ExportException;
import org.vigie.export.api.ExportProgress;
import org.vigie.export.api.ExportRequest;
import org.vigie.export.api.ExportResult;
import org.vigie.export.api.ExportService;
import org.vigie.export.api.ExporterInfo;

/** export:write's progress away from a terminal (a line per 10 000 documents) and its interrupt. */
class ExportRunTest {
    private static final int TOTAL = 25_000;
    private static final ExportRequest REQUEST = new ExportRequest(Path.of("/tmp/x.zip"), "csv", null, null);

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @Test
    void awayFromATerminalALineSaysHowFarItGotEveryTenThousandDocuments() {
        ExportRun.run(service(), REQUEST, null);
        assertEquals(List.of("exported 10000 of 25000 documents", "exported 20000 of 25000 documents",
                "wrote /tmp/x.zip (csv): 1000 B, 25000 documents in 12 ms"),
                console.out.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void anInterruptStopsTheExportWithOneLineSayingNothingWasWritten() {
        ExportService service = service();
        Thread.currentThread().interrupt();
        ExportException stopped = assertThrows(ExportException.class, () -> ExportRun.run(service, REQUEST, null));
        assertEquals("interrupted after 1 of 25000 documents; nothing written", stopped.getMessage());
        assertEquals(stopped.getMessage(), console.err.toString(StandardCharsets.UTF_8).strip());
        assertFalse(Thread.currentThread().isInterrupted(), "the interrupt is answered, not left for the next command");
    }

    /** A service that reports each document, as the export service does, then its result. */
    private static ExportService service() {
        return new ExportService() {
            @Override
            public List<ExporterInfo> formats() {
                return List.of();
            }

            @Override
            public ExportResult write(ExportRequest request, ExportProgress progress) {
                for (int i = 1; i <= TOTAL; i++) {
                    progress.update(i, TOTAL, i / 25);
                }
                return new ExportResult(request.out(), request.format(), 1000, TOTAL, 12);
            }
        };
    }
}
