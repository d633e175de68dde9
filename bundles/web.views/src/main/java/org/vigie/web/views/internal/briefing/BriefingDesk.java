package org.vigie.web.views.internal.briefing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.vigie.report.api.BriefingFormat;
import org.vigie.report.api.BriefingRequest;
import org.vigie.report.api.BriefingResult;
import org.vigie.report.api.BriefingService;
import org.vigie.report.api.SectionInfo;
import org.vigie.report.api.SelectionCriteria;

/**
 * The briefing view's work: the sections on offer, a PDF written by the briefing service into the
 * workspace's {@code web-briefings} folder under a random name (the download's id, so one briefing
 * cannot be guessed from another), and that file found again by its id for the download.
 */
public final class BriefingDesk {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final BriefingService service;
    private final Path folder;

    public BriefingDesk(BriefingService service, Path folder) {
        this.service = service;
        this.folder = folder;
    }

    /** A PDF written, ready to download as {@code id}. */
    public record Written(String id, String fileName, int pages, long bytes, int documents, List<String> sections,
            List<String> problems) {
    }

    public List<SectionInfo> sections() {
        return service.sections();
    }

    /** Writes the briefing of the selection with the sections chosen (empty: all). */
    public Written write(SelectionCriteria selection, String title, List<String> sections, String marking) {
        String id = HexFormat.of().formatHex(bytes());
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder + ": " + e.getMessage(), e);
        }
        BriefingResult result = service.brief(new BriefingRequest(folder.resolve(id + ".pdf"), title, selection.query(),
                selection.from(), selection.to(), selection.entity(), sections, marking, null, BriefingFormat.PDF));
        return new Written(id, "briefing-" + id.substring(0, 8) + ".pdf", result.pages(), result.bytes(), result.documents(),
                result.sections(), result.problems());
    }

    /** The PDF written as {@code id}; empty for an id this desk never gave or whose file is gone. */
    public Optional<Path> file(String id) {
        if (id == null || !id.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        Path file = folder.resolve(id + ".pdf");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private static byte[] bytes() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return id;
    }
}
