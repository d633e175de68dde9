package org.vigie.report.pdf.internal.layout;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.vigie.report.api.Layout;

/** A layout for one output format that knows sections and can save the briefing. */
public interface BriefingWriter extends Layout {

    /** What the file says about itself (document info, XMP, running header). */
    record Meta(String title, String marking, String author, String subject, List<String> keywords,
            LocalDate date, String generator, String fingerprint) {
        public Meta {
            keywords = List.copyOf(keywords);
        }
    }

    /** Starts a section: an outline entry, and its heading when {@code headed}. */
    void startSection(String id, String title, boolean headed);

    /** Writes the file and returns its page count. */
    int save(Path out, Meta meta);
}
