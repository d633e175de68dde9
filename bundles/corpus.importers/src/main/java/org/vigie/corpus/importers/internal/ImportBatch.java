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
 * The documents read since the last commit, and the files they came from. A file's outcome is
 * settled when its batch is stored: imported when the store took at least one of its documents as
 * new, unchanged when it already held them all. A document met twice in a batch is stored once
 * and counts for the file that brought it first.
 */
final class ImportBatch {

    /** A file waiting for its batch: its place in the import, its document ids, a note or null. */
    record PendingFile(int index, Path path, List<String> ids, Set<String> claimed, String note) {
    }

    /** What storing the batch did: one outcome per pending file, and the documents new to the store. */
    record Stored(List<PendingFile> files, List<FileOutcome> outcomes, List<Document> added) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ImportBatch.class);

    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final List<PendingFile> files = new ArrayList<>();

    void add(int index, Path path, List<Document> read, String note) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> claimed = new HashSet<>();
        for (Document document : read) {
            if (documents.putIfAbsent(document.id(), document) == null) {
                claimed.add(document.id());
            }
            ids.add(document.id());
        }
        files.add(new PendingFile(index, path, List.copyOf(ids), claimed, note));
    }

    int documents() {
        return documents.size();
    }

    boolean isEmpty() {
        return files.isEmpty();
    }

    /** Adds the documents to the store (one commit) and empties the batch. */
    Stored store(CorpusStore store) {
        List<PendingFile> pending = List.copyOf(files);
        List<Document> batch = List.copyOf(documents.values());
        files.clear();
        documents.clear();
        Set<String> added;
        try {
            added = new HashSet<>(batch.isEmpty() ? List.of() : store.add(batch));
        } catch (RuntimeException e) {
            LOG.error("could not store {} documents of {} files", batch.size(), pending.size(), e);
            List<FileOutcome> failed = pending.stream()
                    .map(f -> FileOutcome.failed(f.path(), "not stored: " + e.getMessage())).toList();
            return new Stored(pending, failed, List.of());
        }
        List<FileOutcome> outcomes = pending.stream().map(f -> outcome(f, added)).toList();
        return new Stored(pending, outcomes, batch.stream().filter(d -> added.contains(d.id())).toList());
    }

    private static FileOutcome outcome(PendingFile file, Set<String> added) {
        boolean anyNew = file.claimed().stream().anyMatch(added::contains);
        return new FileOutcome(file.path(), anyNew ? FileOutcome.Status.IMPORTED : FileOutcome.Status.UNCHANGED,
                file.ids(), file.note());
    }
}
