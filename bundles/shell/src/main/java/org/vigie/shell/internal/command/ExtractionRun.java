package org.vigie.shell.internal.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.felix.service.command.CommandSession;
import org.vigie.entities.api.ExtractionException;
import org.vigie.entities.api.ExtractionPipeline;
import org.vigie.entities.api.ExtractionReport;
import org.vigie.entities.api.ExtractionResult;
import org.vigie.shell.internal.format.Human;
import org.vigie.shell.internal.format.Progress;
import org.vigie.shell.internal.format.TerminalText;

/**
 * One {@code entities:extract} run: a bar on a terminal; elsewhere a line per document of a small
 * run, or one per 1 000 documents, and every failure once; then the totals and the failures not yet
 * printed. An interrupt ends it with the line saying how far it got; it fails when nothing could be
 * extracted.
 */
final class ExtractionRun {
    /** Without a terminal, runs of up to this many documents print a line per document; longer ones a line per 1 000. */
    static final int LINE_PER_DOCUMENT_UP_TO = 20;
    static final int PROGRESS_EVERY = 1000;
    private static final int SHOWN_FAILURES = 50;

    private ExtractionRun() {
    }

    /** Extracts {@code ids} ({@code all}: every document, {@code count} of them) and prints as it goes. */
    static void run(ExtractionPipeline pipeline, Collection<String> ids, long count, CommandSession session) {
        int[] extracted = {0, (int) count};
        Set<String> printed = new HashSet<>();
        ExtractionReport report;
        boolean interrupted;
        try (Progress progress = Progress.start(session, "extracting")) {
            report = pipeline.extract(ids, (result, done, total) -> Interrupted.printing(() -> {
                extracted[1] = total;
                extracted[0] += result.runs().stream().anyMatch(r -> r.error() == null) ? 1 : 0;
                progress.update(done, total, result.documentId());
                if (!progress.drawing()) {
                    printPlain(result, done, total, printed);
                }
            }));
            interrupted = Thread.interrupted(); // before the bar is cleared: see Interrupted
        }
        if (interrupted) {
            throw Interrupted.said(new ExtractionException("interrupted: extracted " + report.documents() + " of "
                    + extracted[1] + " documents; run the same command again to finish"));
        }
        report(report, printed, SHOWN_FAILURES).forEach(System.out::println);
        if (extracted[0] == 0 && (report.documents() > 0 || !report.failures().isEmpty())) {
            throw new ExtractionException("nothing could be extracted: "
                    + (report.failures().isEmpty() ? "no extractor handles these documents"
                            : TerminalText.line(report.failures().get(0))));
        }
    }

    /** Without a terminal: a line per document of a small run, else one per 1 000 and at the end; every failure. */
    private static void printPlain(ExtractionResult result, int done, int total, Set<String> printed) {
        if (total <= LINE_PER_DOCUMENT_UP_TO) {
            System.out.println(extracted(result));
        } else if (done % PROGRESS_EVERY == 0 || done == total) {
            System.out.println("extracting: " + done + "/" + total + " documents");
        }
        result.runs().stream().filter(r -> r.error() != null && total > LINE_PER_DOCUMENT_UP_TO && printed.add(r.error()))
                .forEach(r -> System.out.println("failure: " + TerminalText.line(r.error())));
    }

    /** One document's line in a small extraction run. */
    private static String extracted(ExtractionResult result) {
        return TerminalText.line(result.documentId()) + ": " + Human.count(result.annotations().size(), "annotation", "annotations")
                + (result.failed() ? " (an extractor failed)" : "");
    }

    /** The end of an extraction run: totals, then the failures not yet {@code printed} (at most {@code shown}). */
    private static List<String> report(ExtractionReport report, Set<String> printed, int shown) {
        List<String> lines = new ArrayList<>();
        lines.add("extracted " + Human.count(report.documents(), "document", "documents") + ": "
                + Human.count(report.annotations(), "annotation", "annotations") + " in " + Human.duration(report.millis()));
        List<String> left = report.failures().stream().filter(f -> !printed.contains(f)).toList();
        left.stream().limit(shown).forEach(f -> lines.add("failure: " + TerminalText.line(f)));
        if (left.size() > shown) {
            lines.add("... and " + (left.size() - shown) + " more failures");
        }
        return lines;
    }
}
