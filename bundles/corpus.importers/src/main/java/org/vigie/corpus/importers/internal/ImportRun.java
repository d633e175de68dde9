package org.vigie.corpus.importers.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.FileOutcome;
import org.vigie.corpus.api.ImportProgress;

/** The outcomes of one import in file order, and the progress told as each file is settled. */
final class ImportRun {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRun.class);

    private final FileOutcome[] outcomes;
    private final ImportProgress progress;
    private int done;
    private int added;

    ImportRun(int files, ImportProgress progress) {
        this.outcomes = new FileOutcome[files];
        this.progress = progress;
    }

    void settle(int index, FileOutcome outcome) {
        outcomes[index] = outcome;
        done++;
        if (outcome.status() == FileOutcome.Status.FAILED) {
            LOG.info("not imported: {}: {}", outcome.path(), outcome.reason());
        }
        if (progress != null) {
            try {
                progress.fileDone(outcome, done, outcomes.length);
            } catch (RuntimeException e) {
                LOG.warn("import progress display failed on {}: {}", outcome.path(), e.toString(), e);
            }
        }
    }

    void settle(ImportBatch.Stored stored) {
        added += stored.added().size();
        for (int i = 0; i < stored.files().size(); i++) {
            settle(stored.files().get(i).index(), stored.outcomes().get(i));
        }
    }

    /** The outcomes of the files settled, in file order (an interrupted import settles fewer than it found). */
    FileOutcome[] outcomes() {
        return java.util.Arrays.stream(outcomes).filter(java.util.Objects::nonNull).toArray(FileOutcome[]::new);
    }

    int added() {
        return added;
    }
}
