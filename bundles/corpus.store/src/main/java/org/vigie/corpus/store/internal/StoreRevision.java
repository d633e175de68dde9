package org.vigie.corpus.store.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;

/**
 * A store's revision: an id made when the store was created, kept in the commit data, with the
 * generation of the last commit that added or removed documents. A commit that only signs stored
 * documents keeps the revision before it in its commit data, so an index derived from the corpus
 * is not made stale by it.
 */
final class StoreRevision {
    private static final String STORE_ID = "vigie.corpus.store";
    private static final String KEPT = "vigie.corpus.revision";

    private StoreRevision() {
    }

    /** Gives a store created by a Vigie that did not name its stores an id of its own. */
    static void name(IndexWriter writer) {
        Map<String, String> data = data(writer);
        if (!data.containsKey(STORE_ID)) {
            data.put(STORE_ID, UUID.randomUUID().toString());
            writer.setLiveCommitData(data.entrySet());
        }
    }

    /** The revision the searcher sees: {@code ID:GENERATION}. */
    static String of(IndexSearcher searcher) throws IOException {
        IndexCommit commit = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit();
        String kept = commit.getUserData().get(KEPT);
        return kept != null ? kept : commit.getUserData().get(STORE_ID) + ":" + commit.getGeneration();
    }

    /** Makes the writer's next commit keep {@code revision}: it changes no document. */
    static void keep(IndexWriter writer, String revision) {
        Map<String, String> data = data(writer);
        data.put(KEPT, revision);
        writer.setLiveCommitData(data.entrySet());
    }

    /** Makes the writer's next commit a revision of its own, when an earlier one kept another. */
    static void advance(IndexWriter writer) {
        Map<String, String> data = data(writer);
        if (data.remove(KEPT) != null) {
            writer.setLiveCommitData(data.entrySet());
        }
    }

    private static Map<String, String> data(IndexWriter writer) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        (live == null ? List.<Map.Entry<String, String>>of() : live).forEach(e -> data.put(e.getKey(), e.getValue()));
        return data;
    }
}
