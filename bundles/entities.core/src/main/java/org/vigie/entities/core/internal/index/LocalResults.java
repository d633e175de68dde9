package org.vigie.entities.core.internal.index;

import static org.vigie.entities.core.internal.layout.IndexFields.DOC;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.Document;
import org.vigie.entities.api.ExtractionException;
import org.vigie.entities.api.ExtractionResult;
import org.vigie.entities.core.internal.cluster.ReplicaStore;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The results in the Lucene index of one folder of the workspace: the whole entity index of the
 * embedded store, the replica of the cluster's results on OpenSearch. An index that cannot be
 * opened (a newer layout) stays usable as an object: every use fails with the line saying why.
 */
final class LocalResults implements ReplicaStore {

    private static final Logger LOG = LoggerFactory.getLogger(LocalResults.class);

    /** How long after an import batch is published its results are committed. */
    static final long PUBLISH_COMMIT_DELAY_MS = 1000;

    private final Path directory;
    private final ResultBlock blocks;
    private final DelayedCommit delayedCommit = new DelayedCommit(this::commit, PUBLISH_COMMIT_DELAY_MS);
    private ResultWriter results;
    /** Why the index cannot be used (a newer layout), or {@code null}. */
    private ExtractionException refusal;

    LocalResults(Path directory, ObjectMapper json) {
        this.directory = directory;
        this.blocks = new ResultBlock(json);
        try {
            results = new ResultWriter(directory);
        } catch (ExtractionException e) {
            // stay usable: every use fails with this line, so commands and batch runs say why
            LOG.error("{}", e.getMessage());
            refusal = e;
        } catch (IOException e) {
            throw new ExtractionException("cannot open the entity index " + directory + ": " + e.getMessage(), e);
        }
    }

    Path directory() {
        return directory;
    }

    SearcherManager searchers() {
        return writer().searchers();
    }

    @Override
    public void close() throws IOException {
        delayedCommit.close();
        if (results != null) {
            results.close(); // commits what a pending publish() left
        }
    }

    @Override
    public void put(Document document, ExtractionResult result) {
        List<org.apache.lucene.document.Document> block;
        try {
            block = blocks.of(document, result);
        } catch (RuntimeException e) {
            throw new ExtractionException("cannot store the entities of " + document.id() + ": " + e.getMessage(), e);
        }
        writer().write("store the entities of " + document.id(),
                w -> w.updateDocuments(new Term(DOC, document.id()), block));
    }

    @Override
    public void remove(Collection<String> documentIds) {
        if (documentIds.isEmpty()) {
            return;
        }
        Term[] terms = documentIds.stream().map(id -> new Term(DOC, id)).toArray(Term[]::new);
        writer().write("remove entities", w -> w.deleteDocuments(terms));
        commit();
    }

    @Override
    public void commit() {
        writer().commit();
    }

    @Override
    public void publish() {
        writer().refresh();
        delayedCommit.request();
    }

    @Override
    public Set<String> documentIds() {
        ResultWriter writer = writer();
        writer.refresh();
        try {
            IndexSearcher searcher = writer.searchers().acquire();
            try {
                return ResultIds.of(searcher.getIndexReader());
            } finally {
                writer.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new ExtractionException("cannot read the entity index " + directory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String agreedRevision() {
        return writer().agreed();
    }

    @Override
    public void commitAgreement(String corpusRevision) {
        writer().commitAgreement(corpusRevision);
    }

    private ResultWriter writer() {
        if (refusal != null) {
            throw refusal;
        }
        return results;
    }
}
