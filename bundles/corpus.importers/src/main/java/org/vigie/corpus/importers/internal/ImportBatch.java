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

    /**
     * Takes the documents read since the last take, with the files read to their end by now: the
     * batch they settle once stored ({@link Taken}). The batch goes on with the files still open.
     */
    Taken take() {
        Taken taken = new Taken(List.copyOf(documents.values()), new LinkedHashMap<>(claims),
                files.values().stream().filter(f -> f.done).toList());
        documents.clear();
        claims.clear();
        files.values().removeIf(f -> f.done);
        return taken;
    }

    /** What the store said of a taken batch: the ids it took as new, those it neither took nor holds, or its failure. */
    record Result(Set<String> added, Set<String> refused, RuntimeException failure) {
    }

    /**
     * Documents on their way to the store, the file that brought each, and the files they settle.
     * {@link #storeIn} may run on another thread than the import's; {@link #settle} runs on the
     * import's thread, which alone touches the files.
     */
    record Taken(List<Document> documents, Map<String, BatchedFile> claims, List<BatchedFile> settles) {

        /** Adds the documents to the store (one commit). */
        Result storeIn(CorpusStore store) {
            try {
                Set<String> added = new HashSet<>(documents.isEmpty() ? List.of() : store.add(documents));
                Set<String> refused = new HashSet<>();
                List<String> notAdded = claims.keySet().stream().filter(id -> !added.contains(id)).toList();
                Set<String> held = notAdded.isEmpty() ? Set.of() : store.stored(notAdded); // one request on a cluster
                notAdded.stream().filter(id -> !held.contains(id)).forEach(refused::add);
                return new Result(added, refused, null);
            } catch (RuntimeException e) {
                LOG.error("could not store {} documents of {} files", documents.size(),
                        new HashSet<>(claims.values()).size(), e);
                return new Result(Set.of(), Set.of(), e);
            }
        }

        /** Tells the files what became of their documents; one outcome per file settled. */
        Stored settle(Result result) {
            if (result.failure() != null) {
                claims.values().forEach(f -> f.notStored(result.failure()));
            } else {
                claims.forEach((id, file) -> file.stored(id, result.added().contains(id), result.refused().contains(id)));
            }
            List<PendingFile> settled = new ArrayList<>();
            List<FileOutcome> outcomes = new ArrayList<>();
            for (BatchedFile file : settles) {
                settled.add(new PendingFile(file.index, file.path));
                outcomes.add(file.outcome());
            }
            return new Stored(settled, outcomes,
                    documents.stream().filter(d -> result.added().contains(d.id())).toList());
        }
    }
}
