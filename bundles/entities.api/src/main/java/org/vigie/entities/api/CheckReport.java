package org.vigie.entities.api;

import java.util.List;

/**
 * What a check of the entity index against the corpus found and repaired.
 *
 * @param documents documents in the corpus
 * @param missing documents that had no results
 * @param extracted of those, documents extracted (fewer when interrupted)
 * @param orphans results dropped because their document is gone
 * @param failures one line per extractor failure met while extracting
 */
public record CheckReport(long documents, int missing, int extracted, int orphans, List<String> failures) {

    public CheckReport {
        failures = List.copyOf(failures);
    }

    /** Whether the two indexes agreed already. */
    public boolean agreed() {
        return missing == 0 && orphans == 0;
    }

    /** Whether every missing document was extracted. */
    public boolean complete() {
        return extracted == missing;
    }

    /**
     * One stable line: {@code check: corpus and entity index agree (N documents)} or
     * {@code check: N documents, X extracted again, Y orphan results dropped}.
     */
    public String summary() {
        if (agreed()) {
            return "check: corpus and entity index agree (" + documents + " documents)";
        }
        return "check: " + documents + " documents, " + extracted + " extracted again, " + orphans
                + " orphan results dropped" + (complete() ? "" : ", " + (missing - extracted) + " still to extract");
    }
}
