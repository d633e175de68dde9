package org.vigie.shell.internal.command;

import org.apache.felix.service.command.CommandSession;
import org.vigie.export.api.ExportException;
import org.vigie.export.api.ExportRequest;
import org.vigie.export.api.ExportResult;
import org.vigie.export.api.ExportService;
import org.vigie.shell.internal.format.Human;
import org.vigie.shell.internal.format.Progress;
import org.vigie.shell.internal.format.TerminalText;

/**
 * One {@code export:write} run: a bar over the documents written on a terminal (with the bytes
 * so far), else a line per {@value CorpusExport#EVERY} documents; then the summary line. An
 * interrupt (Ctrl-C) stops the export at the next document or block of output: the file is not
 * written (or an older one stays) and one line says how far it got.
 */
final class ExportRun {

    private ExportRun() {
    }

    static void run(ExportService service, ExportRequest request, CommandSession session) {
        ExportResult result;
        try (Progress progress = Progress.start(session, "exporting")) {
            int[] printed = {0};
            result = service.write(request, (documents, total, bytes) -> {
                if (Thread.interrupted()) {
                    throw interrupted(progress, documents, total);
                }
                Interrupted.printing(() -> progress.update(documents, total, Human.bytes(bytes)));
                if (!progress.drawing() && documents / CorpusExport.EVERY > printed[0] && documents < total) {
                    printed[0] = documents / CorpusExport.EVERY;
                    System.out.println("exported " + documents + " of " + total + " documents");
                }
            });
        }
        System.out.println("wrote " + TerminalText.line(result.path()) + " (" + result.format() + "): "
                + Human.bytes(result.bytes()) + ", " + Human.count(result.documents(), "document", "documents") + " in "
                + Human.duration(result.millis()));
    }

    /** Gogo drops what an interrupted command throws: the line is printed here, then thrown to stop the export. */
    private static ExportException interrupted(Progress progress, int documents, int total) {
        ExportException stop = new ExportException("interrupted after " + documents + " of " + total
                + " documents; nothing written");
        System.err.println(progress.lineStart() + stop.getMessage());
        return stop;
    }
}
