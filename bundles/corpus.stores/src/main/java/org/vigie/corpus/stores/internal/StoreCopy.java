package org.vigie.corpus.stores.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.stores.CopyProgress;
import org.vigie.corpus.api.stores.CopyReport;
import org.vigie.corpus.api.stores.StoreChoice;

/**
 * Copies a corpus from one store to another in import order, a batch at a time; the documents
 * the target already holds are skipped (ids are content hashes, so a re-run resumes), and the end
 * compares both sides id by id.
 */
final class StoreCopy {
    static final int BATCH = 500;

    private StoreCopy() {
    }

    static CopyReport run(CorpusStore source, CorpusStore target, StoreChoice targetChoice, CopyProgress progress) {
        List<String> ids = source.ids();
        Set<String> there = new HashSet<>(target.ids());
        long already = ids.stream().filter(there::contains).count();
        long done = already;
        long copied = 0;
        progress.copied(done, ids.size());
        List<Document> batch = new ArrayList<>(BATCH);
        for (String id : ids) {
            if (there.contains(id)) {
                continue;
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new CorpusException("interrupted after " + done + " of " + ids.size()
                        + " documents; run store:copy again to finish");
            }
            source.get(id).ifPresent(batch::add); // one removed meanwhile is not copied
            if (batch.size() == BATCH) {
                copied += target.add(batch).size();
                done += batch.size();
                batch.clear();
                progress.copied(done, ids.size());
            }
        }
        if (!batch.isEmpty()) {
            copied += target.add(batch).size();
            done += batch.size();
            progress.copied(done, ids.size());
        }
        Set<String> after = new HashSet<>(target.ids());
        long missing = ids.stream().filter(id -> !after.contains(id)).count();
        return new CopyReport(targetChoice, ids.size(), already, copied, missing, target.count());
    }
}
