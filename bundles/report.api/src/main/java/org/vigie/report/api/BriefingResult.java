package org.vigie.report.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What a briefing run wrote.
 *
 * @param path the file written
 * @param pages its page count (1 for HTML and Markdown)
 * @param bytes its size
 * @param millis wall time taken
 * @param documents how many documents were selected
 * @param sections the ids of the sections written, in order
 * @param problems one line per section left out ("section timeline failed: reason")
 */
public record BriefingResult(Path path, int pages, long bytes, long millis, int documents, List<String> sections,
        List<String> problems) {

    public BriefingResult {
        sections = List.copyOf(sections);
        problems = List.copyOf(problems);
    }
}
