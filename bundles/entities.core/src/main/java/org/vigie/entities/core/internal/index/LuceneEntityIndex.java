package org.vigie.entities.core.internal.index;

import static org.vigie.entities.core.internal.layout.IndexFields.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.api.Workspace;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.Document;
import org.vigie.curation.api.CurationLog;
import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.CurationReport;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.ExtractionException;
import org.vigie.entities.api.ExtractionResult;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.NameLink;
import org.vigie.entities.core.internal.curation.Curations;
import org.vigie.entities.core.internal.pipeline.ResultStore;
import org.vigie.entities.core.internal.query.IndexQuestions;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The entity index: extraction results in a Lucene index under the workspace's {@code entities}
 * area. Writes go through {@link ResultWriter}; questions are answered by {@link IndexQuestions}.
 * Over 150 lines and whole on purpose: it is the one component behind both {@code EntityIndex}
 * and {@code ResultStore}, and what is left is their methods, each one write or one delegation.
 */
@Component(service = {EntityIndex.class, ResultStore.class})
public class LuceneEntityIndex implements EntityIndex, ResultStore {

    private static final Logger LOG = LoggerFactory.getLogger(LuceneEntityIndex.class);

    /** How long after an import batch is published its results are committed. */
    static final long PUBLISH_COMMIT_DELAY_MS = 1000;

    @Reference
    Workspace workspace;

    /** Where the sentences of the mentions shown are cut from. */
    @Reference
    CorpusStore corpus;

    /** The analyst's decisions, applied on read; Vigie works without them. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile CurationLog curationLog;

    private final Curations curations = new Curations();
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final ResultBlock blocks = new ResultBlock(json);
    private final DelayedCommit delayedCommit = new DelayedCommit(this::commit, PUBLISH_COMMIT_DELAY_MS);
    private Path directory;
    private ResultWriter results;
    /** Why the index cannot be used (a newer layout), or {@code null}. */
    private ExtractionException refusal;
    private IndexQuestions questions;

    @Activate
    void activate() {
        directory = workspace.area("entities").resolve("index");
        questions = new IndexQuestions(() -> writer().searchers(), id -> corpus.get(id).map(Document::text), directory,
                json, () -> curations.of(curationLog));
        try {
            results = new ResultWriter(directory);
        } catch (ExtractionException e) {
            // stay registered: every use fails with this line, so commands and batch runs say why
            LOG.error("{}", e.getMessage());
            refusal = e;
        } catch (IOException e) {
            throw new ExtractionException("cannot open the entity index " + directory + ": " + e.getMessage(), e);
        }
    }

    @Deactivate
    void deactivate() throws IOException {
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

    @Override
    public List<Entity> entities(Collection<EntityType> types, Collection<String> documentIds, int limit) {
        return questions.entities(types, documentIds, limit);
    }

    @Override
    public Optional<Entity> find(String name) {
        return questions.find(name);
    }

    @Override
    public List<Mention> mentions(String entityKey, Collection<String> documentIds, int limit) {
        return questions.mentions(entityKey, documentIds, limit);
    }

    @Override
    public Set<String> documents(String entityKey) {
        return questions.documents(entityKey);
    }

    @Override
    public List<CoOccurrence> coOccurrences(Collection<String> documentIds, int limit) {
        return questions.coOccurrences(documentIds, limit);
    }

    @Override
    public List<CoOccurrence> coOccurrences(String entityKey, Collection<String> documentIds, int limit) {
        return questions.coOccurrences(entityKey, documentIds, limit);
    }

    @Override
    public List<Mention> dates(Collection<String> documentIds) {
        return questions.dates(documentIds);
    }

    @Override
    public List<NameLink> links(String entityKey) {
        return questions.links(entityKey);
    }

    @Override
    public Optional<DocumentEntities> document(String documentId) {
        return questions.document(documentId);
    }

    @Override
    public List<Mention> mentions(String documentId) {
        return questions.documentMentions(documentId);
    }

    @Override
    public CurationReport curation() {
        return questions.curation();
    }
}
