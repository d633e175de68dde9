package org.vigie.corpus.importers.internal;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.FileOutcome;

/** One file of an {@link ImportBatch} while its documents are being stored. */
final class BatchedFile {
    private static final Logger LOG = LoggerFactory.getLogger(ImportBatch.class);

    final int index;
    final Path path;
    final Set<String> ids = new LinkedHashSet<>();
    boolean done;
    boolean anyNew;
    int refused;
    String note;
    String failure;

    BatchedFile(int index, Path path) {
        this.index = index;
        this.path = path;
    }

    /** {@code refused}: the store neither took it as new nor holds it. */
    void stored(String id, boolean isNew, boolean refused) {
        anyNew |= isNew;
        if (refused) {
            this.refused++;
            ids.remove(id);
            LOG.warn("the corpus store refused document {} of {}", id, path);
        }
    }

    void notStored(RuntimeException e) {
        if (failure == null) {
            failure = "not stored: " + e.getMessage();
        }
    }

    FileOutcome outcome() {
        if (failure == null && refused > 0 && ids.isEmpty()) {
            failure = "not stored: the corpus store refused it";
        }
        if (failure != null) {
            return FileOutcome.failed(path, failure);
        }
        String refusals = refused == 0 ? null : refused + " document(s) not stored: the corpus store refused them";
        String remark = note == null ? refusals : refusals == null ? note : note + "; " + refusals;
        return new FileOutcome(path, anyNew ? FileOutcome.Status.IMPORTED : FileOutcome.Status.UNCHANGED,
                List.copyOf(ids), remark);
    }
}
