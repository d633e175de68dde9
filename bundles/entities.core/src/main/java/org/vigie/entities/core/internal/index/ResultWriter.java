package org.vigie.entities.core.internal.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.entities.api.ExtractionException;
import org.vigie.entities.core.internal.layout.IndexLayout;
import org.vigie.lucene.WriterThread;

/**
 * The entity index's writer and its near-real-time searchers. Every write runs on one
 * {@link WriterThread}, so interrupting a caller (Ctrl-C) cannot close Lucene's files; a writer
 * closed by a failure (disk full, a tragic event) is reopened on the last commit, and the write
 * that failed throws. The commit data keep the corpus revision the index last agreed with.
 */
final class ResultWriter implements AutoCloseable {

    /** A write against the current writer. */
    interface Write<T> {
        T apply(IndexWriter writer) throws IOException;
    }

    static final String AGREED_KEY = "vigie.entities.corpus";
    private static final Logger LOG = LoggerFactory.getLogger(ResultWriter.class);

    private final Path directory;
    private final WriterThread thread = new WriterThread("vigie-entities-writer");
    private IndexWriter writer;
    private volatile SearcherManager searchers;
    private volatile String agreed;

    /** @throws ExtractionException when the index cannot be opened (e.g. a newer layout) */
    ResultWriter(Path directory) throws IOException {
        this.directory = directory;
        open();
    }

    /** Runs {@code write} on the writer thread; {@code what} names it in the error ("store the entities of X"). */
    <T> T write(String what, Write<T> write) {
        try {
            return thread.run(() -> {
                try {
                    return write.apply(writer);
                } catch (IOException | RuntimeException e) {
                    reopenIfBroken(e);
                    throw e;
                }
            });
        } catch (IOException | RuntimeException e) {
            throw e instanceof ExtractionException ee ? ee
                    : new ExtractionException("cannot " + what + " in the entity index " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Makes every write so far durable and visible. */
    void commit() {
        write("commit", w -> {
            w.commit();
            searchers.maybeRefreshBlocking();
            return null;
        });
    }

    /** Commits and records that the index agrees with the corpus at {@code revision}. */
    void commitAgreement(String revision) {
        write("commit", w -> {
            Map<String, String> data = new HashMap<>();
            w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            data.put(AGREED_KEY, revision);
            w.setLiveCommitData(data.entrySet());
            w.commit();
            agreed = revision;
            searchers.maybeRefreshBlocking();
            return null;
        });
    }

    /** Makes every write so far visible to queries (not durable). */
    void refresh() {
        write("refresh", w -> {
            searchers.maybeRefreshBlocking();
            return null;
        });
    }

    /** The corpus revision recorded by the last commit that agreed with it, or {@code null}. */
    String agreed() {
        return agreed;
    }

    SearcherManager searchers() {
        return searchers;
    }

    private void open() throws IOException {
        writer = IndexLayout.open(directory);
        searchers = new SearcherManager(writer, null);
        writer.getLiveCommitData().forEach(e -> agreed = e.getKey().equals(AGREED_KEY) ? e.getValue() : agreed);
    }

    /** After a tragic event Lucene has closed the writer: open it again on the last commit. */
    private void reopenIfBroken(Exception cause) {
        if (writer.isOpen()) {
            return;
        }
        LOG.error("the entity index writer in {} failed and is reopened on its last commit", directory, cause);
        try {
            IOUtils.close(searchers);
            open();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** Commits what is left (a pending publish) and closes. */
    @Override
    public void close() throws IOException {
        try {
            thread.run(() -> {
                IOUtils.close(searchers, writer);
                return null;
            });
        } finally {
            thread.close();
        }
    }
}
