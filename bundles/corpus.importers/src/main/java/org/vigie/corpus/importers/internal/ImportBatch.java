package org.vigie.corpus.importers.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.FileOutcome;

/**
 * The documents read since the last commit, and the files they came from. A file may span
 * several batches (a JSON Lines dump is stored while it is read); its outcome is settled at the
 * first commit after it is read to its end: imported when the store took at least one of its
 * documents as new, unchanged when it already held them all, failed when it could not be read
 * whole or a commit of its documents failed. A document met twice is stored once and counts for
 * the file that brought it first. A document the store neither took nor holds is reported, never
 * lost in silence.
 */
final class ImportBatch {

    /** A file settled by a commit: its place in the import. */
    record PendingFile(int index, Path path) {
    }

    /** What storing the batch did: one outcome per settled file, and the documents new to the store. */
    record Stored(List<PendingFile> files, List<FileOutcome> outcomes, List<Document> added) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ImportBatch.class);

    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final Map<String, FileState> claims = new LinkedHashMap<>();
    private final Map<Integer, FileState> files = new LinkedHashMap<>();

    void open(int index, Path path) {
        files.put(index, new FileState(index, path));
    }

    void add(int index, Document document) {
        FileState file = files.get(index);
        if (documents.putIfAbsent(document.id(), document) == null) {
            claims.put(document.id(), file);
        }
        file.ids.add(document.id());
    }

    /**
     * The file is read: its note, or why it failed. Returns its outcome when it can be settled at
     * once (it failed and none of its documents waits for a commit), else {@code null}.
     */
    FileOutcome close(int index, String note, FileOutcome failure) {
        FileState file = files.get(index);
        file.done = true;
        file.note = note;
        if (failure != null) {
            file.failure = failure.reason(); // the file could not be read whole: that comes first
        }
        if (failure != null && !claims.containsValue(file)) {
            files.remove(index);
            return failure;
        }
        return null;
    }

    int documents() {
        return documents.size();
    }

    boolean isEmpty() {
        return documents.isEmpty() && files.values().stream().noneMatch(f -> f.done);
    }

    /** Adds the documents to the store (one commit), settles the files read to their end. */
    Stored store(CorpusStore store) {
        List<Document> batch = List.copyOf(documents.values());
        Map<String, FileState> claimed = new LinkedHashMap<>(claims);
        documents.clear();
        claims.clear();
        try {
            Set<String> added = new HashSet<>(batch.isEmpty() ? List.of() : store.add(batch));
            claimed.forEach((id, file) -> file.stored(id, added.contains(id), store));
            return settle(batch.stream().filter(d -> added.contains(d.id())).toList());
        } catch (RuntimeException e) {
            LOG.error("could not store {} documents of {} files", batch.size(), new HashSet<>(claimed.values()).size(), e);
            claimed.values().forEach(f -> f.notStored(e));
            return settle(List.of());
        }
    }

    private Stored settle(List<Document> added) {
        List<PendingFile> settled = new ArrayList<>();
        List<FileOutcome> outcomes = new ArrayList<>();
        files.values().removeIf(file -> {
            if (file.done) {
                settled.add(new PendingFile(file.index, file.path));
                outcomes.add(file.outcome());
            }
            return file.done;
        });
        return new Stored(settled, outcomes, added);
    }

    /** One file of the import while its documents are being stored. */
    private static final class FileState {
        final int index;
        final Path path;
        final Set<String> ids = new LinkedHashSet<>();
        boolean done;
        boolean anyNew;
        int refused;
        String note;
        String failure;

        FileState(int index, Path path) {
            this.index = index;
            this.path = path;
        }

        void stored(String id, boolean isNew, CorpusStore store) {
            anyNew |= isNew;
            if (!isNew && !store.contains(id)) {
                refused++;
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
}
