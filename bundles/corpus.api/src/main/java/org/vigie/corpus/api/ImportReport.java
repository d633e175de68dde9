package org.vigie.corpus.api;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of an import: one entry per file, in the order they were read.
 *
 * @param files the per-file outcomes
 * @param documentsAdded documents new to the store
 * @param elapsed wall time taken
 */
public record ImportReport(List<FileOutcome> files, int documentsAdded, Duration elapsed) {

    public ImportReport {
        files = List.copyOf(files);
    }

    public long count(FileOutcome.Status status) {
        return files.stream().filter(f -> f.status() == status).count();
    }

    /** "imported N, unchanged M, failed K". */
    public String summary() {
        return "imported " + count(FileOutcome.Status.IMPORTED) + ", unchanged " + count(FileOutcome.Status.UNCHANGED)
                + ", failed " + count(FileOutcome.Status.FAILED);
    }
}
