package org.vigie.corpus.importers.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
    private final Map<String, BatchedFile> claims = new LinkedHashMap<>();
    private final Map<Integer, BatchedFile> files = new LinkedHashMap<>();

    void open(int index, Path path) {
        files.put(index, new BatchedFile(index, path));
    }

    void add(int index, Document document) {
        BatchedFile file = files.get(index);
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
        BatchedFile file = files.get(index);
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
        Map<String, BatchedFile> claimed = new LinkedHashMap<>(claims);
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
}
