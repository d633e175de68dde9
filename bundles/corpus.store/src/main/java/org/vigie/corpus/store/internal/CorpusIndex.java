package org.vigie.corpus.store.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.Document;
import org.vigie.lucene.copies.CopySignature;
import org.vigie.lucene.WriterThread;

/**
 * The Lucene index in one directory: one writer, and searchers that only ever see committed
 * documents. Every change is one Lucene commit, which is atomic: a crash during a change leaves
 * the previous commit as it was, so no document is ever half there. Changes run on the store's
 * {@link WriterThread}, so interrupting the caller (Ctrl-C) cannot break the writer. The commit
 * data holds the store's {@link StoreRevision} id.
 * <p>
 * Whole at about 190 lines: the writer, its commit or roll-back, and the searchers refreshed after
 * each commit share one lock and one writer thread; apart, a change could be seen half done.
 */
final class CorpusIndex implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusIndex.class);

    /** A read against one point-in-time searcher. */
    interface Read<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private final Path location;
    private final Analyzer analyzer;
    private final double ramBufferMb;
    private final FSDirectory directory;
    private final SearcherManager searchers;
    private final WriterThread writes = new WriterThread("vigie-corpus-writer");
    private IndexWriter writer;
    private long nextSeq;

    CorpusIndex(Path location, Analyzer analyzer, double ramBufferMb) {
        this.location = location;
        this.analyzer = analyzer;
        this.ramBufferMb = ramBufferMb;
        try {
            directory = FSDirectory.open(location);
            writer = openWriter();
            StoreRevision.name(writer);
            writer.commit();
            searchers = new SearcherManager(directory, null);
            nextSeq = read(searcher -> CorpusCounts.maxSeq(searcher.getIndexReader())) + 1;
        } catch (LockObtainFailedException e) {
            throw new CorpusException("cannot open the corpus store in " + location
                    + ": another Vigie process is using it", e);
        } catch (IOException e) {
            throw failure("open", e);
        }
    }

    <T> T read(Read<T> read) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw failure("read", e);
        }
    }

    /**
     * Adds the documents not stored yet, each with its copy signature if it has one, then commits;
     * returns their ids in input order.
     */
    synchronized List<String> add(Collection<Document> documents, Map<String, CopySignature> signatures) {
        return change(() -> {
            StoreRevision.advance(writer);
            IndexSearcher searcher = searchers.acquire();
            try {
                List<String> added = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (Document document : documents) {
                    if (seen.add(document.id()) && !holds(searcher, document.id())
                            && addOne(document, signatures.get(document.id()))) {
                        added.add(document.id());
                    }
                }
                return added;
            } finally {
                searchers.release(searcher);
            }
        });
    }

    /** Deletes the stored documents among {@code ids}, then commits; returns the ids there were. */
    synchronized List<String> remove(Collection<String> ids) {
        return change(() -> read(searcher -> {
            StoreRevision.advance(writer);
            List<String> removed = new ArrayList<>();
            for (String id : new LinkedHashSet<>(ids)) {
                if (holds(searcher, id)) {
                    writer.deleteDocuments(new Term(CorpusFields.ID, id));
                    removed.add(id);
                }
            }
            return removed;
        }));
    }

    /**
     * Sets the copy signatures (binary doc values) of stored documents, by id, in one commit that
     * keeps the store's revision; an id no longer stored is passed over.
     */
    synchronized void sign(Map<String, BytesRef> signatures) {
        change(() -> read(searcher -> {
            StoreRevision.keep(writer, StoreRevision.of(searcher));
            if (FieldInfos.getMergedFieldInfos(searcher.getIndexReader()).fieldInfo(CorpusFields.COPY_SIGNATURE) == null) {
                declareSignatures();
            }
            for (Map.Entry<String, BytesRef> signed : signatures.entrySet()) {
                writer.updateBinaryDocValue(new Term(CorpusFields.ID, signed.getKey()), CorpusFields.COPY_SIGNATURE,
                        signed.getValue());
            }
            return signatures.size();
        }));
    }

    /**
     * Lucene updates only doc values of a field it knows: a store written before copies were
     * signed learns the field from a document added and deleted in the signing's own commit.
     */
    private void declareSignatures() throws IOException {
        Term placeholder = new Term(CorpusFields.ID, "vigie:copy-signature-field");
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(CorpusFields.ID, placeholder.text(), Field.Store.YES));
        doc.add(new SortedDocValuesField(CorpusFields.ID, new BytesRef(placeholder.text())));
        doc.add(new BinaryDocValuesField(CorpusFields.COPY_SIGNATURE, CorpusFields.signatureValue(null)));
        writer.addDocument(doc);
        writer.deleteDocuments(placeholder);
    }

    /** The store's id and the generation of its last commit: {@code ID:GENERATION}. */
    String revision() {
        return read(StoreRevision::of);
    }

    @Override
    public synchronized void close() throws IOException {
        LOG.debug("closing the corpus store in {}", location);
        writes.close();
        IOUtils.close(searchers, writer, directory);
    }

    private interface Change<T> {
        T apply() throws IOException;
    }

    /**
     * Runs a change on the writer thread and commits it, or drops all of it when the index fails
     * half way.
     */
    private <T> T change(Change<T> change) {
        try {
            return writes.run(() -> {
                try {
                    T result = change.apply();
                    if (writer.hasUncommittedChanges()) {
                        writer.commit();
                        searchers.maybeRefreshBlocking();
                    }
                    return result;
                } catch (IOException | RuntimeException e) {
                    rollBack(e);
                    throw e;
                }
            });
        } catch (IOException | RuntimeException e) {
            throw e instanceof CorpusException ce ? ce : failure("write", e);
        }
    }

    private boolean addOne(Document document, CopySignature signature) throws IOException {
        try {
            writer.addDocument(CorpusFields.toLucene(document, nextSeq++, signature));
            return true;
        } catch (IllegalArgumentException e) {
            // Lucene drops just this document (e.g. a field value over 32 KB): the batch goes on.
            LOG.warn("cannot store document {} ({}): {}", document.id(), document.metadata().fileName(), e.getMessage());
            return false;
        }
    }

    /** Drops every uncommitted change by closing the writer without a commit, then reopens it. */
    private void rollBack(Exception cause) {
        LOG.error("the change to the corpus store in {} failed and is dropped", location, cause);
        try {
            writer.rollback();
            writer = openWriter();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private IndexWriter openWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(ramBufferMb)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setCommitOnClose(false);
        return new IndexWriter(directory, config);
    }

    static boolean holds(IndexSearcher searcher, String id) throws IOException {
        return IdTerms.holds(searcher, id);
    }

    /** The Lucene doc of the document with this full id, or -1. */
    static int docOf(IndexSearcher searcher, String id) throws IOException {
        TopDocs found = searcher.search(new TermQuery(new Term(CorpusFields.ID, id)), 1);
        return found.scoreDocs.length == 0 ? -1 : found.scoreDocs[0].doc;
    }

    private CorpusException failure(String what, Exception e) {
        return new CorpusException("cannot " + what + " the corpus store in " + location + ": " + e.getMessage(), e);
    }
}
