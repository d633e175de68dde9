package org.vigie.shell.internal.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.felix.service.command.CommandSession;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.CorpusImporter;
import org.vigie.corpus.api.FileOutcome;
import org.vigie.corpus.api.ImportOptions;
import org.vigie.corpus.api.ImportReport;
import org.vigie.corpus.api.copies.CorpusCopies;
import org.vigie.shell.internal.format.Human;
import org.vigie.shell.internal.format.Progress;
import org.vigie.shell.internal.format.TerminalText;

/**
 * One {@code corpus:import} run: a line per file imported (a bar instead on a terminal), an
 * {@code error:} or {@code warning:} line per file with a problem, then the summary (with the
 * syndicated copies among the imported documents). An interrupt
 * ends it with the line saying how far it got; it fails only when not one file could be read.
 */
final class ImportRun {

    private ImportRun() {
    }

    static ImportReport run(CorpusImporter importer, CorpusCopies copies, List<Path> files, ImportOptions options,
            CommandSession session, String rerun) {
        ImportReport report;
        int[] found = {0};
        boolean interrupted;
        try (Progress progress = Progress.start(session, "importing")) {
            report = importer.importPaths(files, options, (outcome, done, total) -> Interrupted.printing(() -> {
                found[0] = total;
                progress.update(done, total, outcome.path().getFileName().toString());
                fileDone(outcome, progress);
            }));
            interrupted = Thread.interrupted(); // before the bar is cleared: see Interrupted
        }
        if (interrupted) {
            throw Interrupted.said(new CorpusException("interrupted: imported " + report.files().size() + " of " + found[0]
                    + " files (" + Human.count(report.documentsAdded(), "new document", "new documents") + "); " + rerun));
        }
        finish(report, copies, rerun);
        return report;
    }

    private static void fileDone(FileOutcome outcome, Progress progress) {
        String path = TerminalText.line(outcome.path());
        String reason = TerminalText.line(outcome.reason());
        if (outcome.status() == FileOutcome.Status.FAILED) {
            System.err.println(progress.lineStart() + "error: cannot import " + path + ": " + reason);
        } else if (outcome.reason() != null) {
            System.err.println(progress.lineStart() + "warning: " + path + ": " + reason);
        }
        if (outcome.status() != FileOutcome.Status.FAILED && !progress.drawing()) {
            System.out.println(outcome.status().name().toLowerCase(Locale.ROOT) + " " + path
                    + (outcome.documentIds().size() > 1 ? " (" + outcome.documentIds().size() + " documents)" : ""));
        }
    }

    /** The summary line, with the copies imported; the command fails only when not one file could be read. */
    private static void finish(ImportReport report, CorpusCopies copies, String rerun) {
        System.out.println(report.summary() + ImportedCopies.note(copies, report));
        long failed = report.count(FileOutcome.Status.FAILED);
        // the store failed them (a cluster down, a disk full), not their content: a re-run retries them
        long notStored = report.files().stream().filter(f -> f.status() == FileOutcome.Status.FAILED
                && f.reason() != null && f.reason().startsWith("not stored")).count();
        if (notStored > 0) {
            System.err.println(Human.count(notStored, "file was", "files were") + " not stored (see above): " + rerun
                    + "; the documents already stored are skipped");
        }
        if (failed > 0 && failed == report.files().size()) {
            throw new CorpusException("nothing imported: " + (failed == 1 ? "the only file" : "all " + failed + " files")
                    + " failed (see above)");
        }
    }
}
