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
 * generation of the last commit.
 */
final class StoreRevision {
    private static final String STORE_ID = "vigie.corpus.store";

    private StoreRevision() {
    }

    /** Gives a store created by a Vigie that did not name its stores an id of its own. */
    static void name(IndexWriter writer) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        (live == null ? List.<Map.Entry<String, String>>of() : live).forEach(e -> data.put(e.getKey(), e.getValue()));
        if (!data.containsKey(STORE_ID)) {
            data.put(STORE_ID, UUID.randomUUID().toString());
            writer.setLiveCommitData(data.entrySet());
        }
    }

    /** The revision the searcher sees: {@code ID:GENERATION}. */
    static String of(IndexSearcher searcher) throws IOException {
        IndexCommit commit = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit();
        return commit.getUserData().get(STORE_ID) + ":" + commit.getGeneration();
    }
}
