package org.vigie.shell.internal.command;

import org.apache.felix.service.command.CommandSession;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.stores.CopyReport;
import org.vigie.corpus.api.stores.StoreChoice;
import org.vigie.corpus.api.stores.StoreSelection;
import org.vigie.shell.internal.format.Human;
import org.vigie.shell.internal.format.Progress;
import org.vigie.shell.internal.format.TerminalText;

/**
 * One {@code store:copy}: a bar over the documents in the target on a terminal, else a line per
 * {@value #EVERY} documents; then one line with the counts on both sides, and a failure when they
 * do not agree.
 */
final class StoreCopyRun {
    static final int EVERY = 10_000;

    private StoreCopyRun() {
    }

    static void run(StoreSelection selection, StoreChoice target, CommandSession session) {
        CopyReport report;
        try (Progress progress = Progress.start(session, "copying")) {
            long[] printed = {0};
            report = selection.copy(target, (done, total) -> {
                progress.update((int) done, (int) total, null);
                if (!progress.drawing() && done / EVERY > printed[0]) {
                    printed[0] = done / EVERY;
                    System.out.println("copied " + done + " of " + total + " documents");
                }
            });
            System.out.print(progress.lineStart());
            System.out.println("copied " + Human.count(report.copied(), "document", "documents") + " to "
                    + TerminalText.line(target.describe()) + " (" + report.alreadyThere() + " already there) in "
                    + Human.duration(progress.elapsedMillis()));
        }
        if (!report.verified()) {
            throw new CorpusException(report.missing() + " of " + report.source()
                    + " documents are not in the target; run store:copy again");
        }
        System.out.println("verified: " + report.source() + " documents in the active store, " + report.targetCount()
                + " in the target, every one of the active store's ids there");
    }
}
