package org.vigie.report.pdf.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.copies.CopyCluster;
import org.vigie.curation.api.SourceGrades;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.EntityType;
import org.vigie.report.api.Briefing;
import org.vigie.report.api.BriefingFormat;
import org.vigie.report.api.BriefingRequest;
import org.vigie.report.api.BriefingResult;
import org.vigie.report.api.BriefingSection;
import org.vigie.report.api.ReportException;
import org.vigie.report.api.SectionInfo;
import org.vigie.report.api.Selection;
import org.vigie.report.pdf.internal.html.HtmlLayout;
import org.vigie.report.pdf.internal.layout.BriefingWriter;
import org.vigie.report.pdf.internal.layout.GradedCitations;
import org.vigie.report.pdf.internal.layout.RecordedLayout;
import org.vigie.report.pdf.internal.markdown.MarkdownLayout;
import org.vigie.report.pdf.internal.pdf.PdfLayout;
import org.vigie.report.pdf.internal.section.Names;

/**
 * One briefing being written: sections in order, each isolated, then the file saved. Whole
 * (just over 150 lines): the run's steps, from the briefing's facts to the atomic save, read in
 * order.
 */
final class BriefingRun {

    private static final Logger LOG = LoggerFactory.getLogger(BriefingRun.class);

    private final BriefingRequest request;
    private final WhiteboardBriefingService.Config config;
    private final String version;
    private final List<SectionWhiteboard.Registered> sections;
    private final SectionFailures failures;
    private final SourceGrades grades;

    BriefingRun(BriefingRequest request, WhiteboardBriefingService.Config config, String version,
            List<SectionWhiteboard.Registered> sections, SectionFailures failures, SourceGrades grades) {
        this.failures = failures;
        this.grades = grades;
        this.request = request;
        this.config = config;
        this.version = version;
        this.sections = sections;
    }

    /** @param clusters the corpus's clusters of syndicated copies, cited as one source each */
    BriefingResult write(Selection selection, EntityIndex index, List<CopyCluster> clusters) {
        long start = System.nanoTime();
        if (selection.size() == 0) {
            throw new ReportException("no document matches " + selection.scope() + ": there is nothing to brief");
        }
        String marking = request.marking() != null ? request.marking()
                : config.marking().isBlank() ? null : config.marking().strip();
        String title = request.title() != null ? request.title() : config.title();
        LocalDate date = request.date() != null ? request.date() : LocalDate.now();
        Briefing briefing = new Briefing(request, title, marking, date, "Vigie " + version, selection,
                new BriefingCitations(selection, clusters, grades), index);
        BriefingWriter writer = writer(request.format());
        List<String> written = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (SectionWhiteboard.Registered section : sections) {
            String problem = writeSection(section.info(), section.section(), briefing, writer);
            if (problem == null) {
                written.add(section.info().id());
            } else {
                problems.add(problem);
            }
        }
        int pages = save(writer, briefing, index);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new BriefingResult(request.out(), pages, size(request.out()), millis, selection.size(), written,
                problems);
    }

    /** Writes one section, or returns why it was left out. */
    private String writeSection(SectionInfo info, BriefingSection section, Briefing briefing, BriefingWriter writer) {
        RecordedLayout recorded = new RecordedLayout(writer.width());
        long start = System.nanoTime();
        try {
            section.write(briefing, recorded);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("Briefing section {} failed and is left out of {}", info.id(), request.out(), e);
            failures.failed(info.id(), e.toString());
            return "section " + info.id() + " failed: " + e;
        }
        failures.worked(info.id());
        long written = System.nanoTime();
        writer.startSection(info.id(), info.title(), info.headed());
        recorded.replay(new GradedCitations(writer, briefing.citations()));
        LOG.debug("Section {}: {} ms to gather, {} ms to lay out", info.id(), (written - start) / 1_000_000,
                (System.nanoTime() - written) / 1_000_000);
        return null;
    }

    private int save(BriefingWriter writer, Briefing briefing, EntityIndex index) {
        Path out = request.out().toAbsolutePath();
        BriefingWriter.Meta meta = new BriefingWriter.Meta(briefing.title(), briefing.marking(), config.author(),
                "Briefing sur " + briefing.selection().scope() + " (" + briefing.selection().size() + " documents)",
                keywords(index, briefing.selection()), briefing.date(), briefing.generator(),
                briefing.title() + "|" + briefing.date() + "|" + String.join(",", briefing.selection().ids()));
        // written beside the target and moved over it, so a failure never leaves half a briefing
        Path partial = out.resolveSibling(out.getFileName() + ".part");
        try {
            Files.createDirectories(out.getParent());
            long start = System.nanoTime();
            int pages = writer.save(partial, meta);
            LOG.debug("Saving {}: {} ms", out, (System.nanoTime() - start) / 1_000_000);
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return pages;
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(partial);
            String reason = e instanceof UncheckedIOException u ? u.getCause().toString() : e.toString();
            throw new ReportException("cannot write " + out + ": " + reason, e);
        }
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            LOG.warn("Cannot remove the unfinished briefing {}", partial, e);
        }
    }

    private static List<String> keywords(EntityIndex index, Selection selection) {
        try {
            return index.entities(EntityType.CORE, selection.indexScope(), 8).stream().map(Names::of).toList();
        } catch (RuntimeException e) {
            LOG.warn("No keywords for the briefing: the entity index failed", e);
            return List.of();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static BriefingWriter writer(BriefingFormat format) {
        return switch (format) {
            case PDF -> new PdfLayout();
            case HTML -> new HtmlLayout();
            case MARKDOWN -> new MarkdownLayout();
        };
    }
}
