package org.vigie.shell.internal.command;

import org.apache.felix.service.command.CommandSession;
import org.vigie.entities.api.CheckReport;
import org.vigie.entities.api.EntityIndexCheck;
import org.vigie.entities.api.ExtractionException;
import org.vigie.shell.internal.format.Progress;

/**
 * Brings the entity index into agreement with the corpus for a command (vigie:check, and after
 * corpus:import and corpus:remove), with a progress display when documents must be extracted.
 * Its commit is synchronous, so a failed commit fails the command.
 */
final class IndexCatchUp {

    private IndexCatchUp() {
    }

    /** Checks and repairs; an interrupt ends it with the line saying how far it got. */
    static CheckReport run(EntityIndexCheck check, CommandSession session, String rerun) {
        CheckReport report;
        boolean interrupted;
        try (Progress progress = Progress.start(session, "extracting")) {
            report = check.check((result, done, total) -> Interrupted.printing(() -> {
                progress.update(done, total, result.documentId());
                if (!progress.drawing() && (done % ExtractionRun.PROGRESS_EVERY == 0 || done == total)) {
                    System.out.println("extracting: " + done + "/" + total + " documents");
                }
            }));
            interrupted = Thread.interrupted(); // before the bar is cleared: see Interrupted
        }
        if (interrupted) {
            throw Interrupted.said(new ExtractionException("interrupted: extracted " + report.extracted() + " of "
                    + report.missing() + " documents that had no entities; " + rerun));
        }
        return report;
    }

    /** Only when the entity index did not record the corpus's current revision: prints what it repaired. */
    static void ifBehind(EntityIndexCheck check, CommandSession session, String rerun) {
        if (check != null && !check.agrees()) {
            CheckReport report = run(check, session, rerun);
            if (!report.agreed()) {
                System.out.println(report.summary());
            }
            failUnlessComplete(report);
        }
    }

    static void failUnlessComplete(CheckReport report) {
        if (!report.complete()) {
            throw new ExtractionException((report.missing() - report.extracted())
                    + " documents still have no entities (see the workspace log); run vigie:check again");
        }
    }
}
