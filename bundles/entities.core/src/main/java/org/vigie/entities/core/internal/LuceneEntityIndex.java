package org.vigie.entities.core.internal;

import static org.vigie.entities.core.internal.IndexFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.vigie.core.api.Workspace;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.Document;
import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.ExtractionException;
import org.vigie.entities.api.ExtractionResult;
import org.vigie.entities.api.Mention;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The entity index: extraction results in a Lucene index under the workspace's {@code entities} area. */
@Component(service = {EntityIndex.class, ResultStore.class})
public class LuceneEntityIndex implements EntityIndex, ResultStore {

    /** How long after an import batch is published its results are committed. */
    static final long PUBLISH_COMMIT_DELAY_MS = 1000;

    @Reference
    Workspace workspace;

    /** Where the sentences of the mentions shown are cut from. */
    @Reference
    CorpusStore corpus;

    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final ResultBlock blocks = new ResultBlock(json);
    private final PerVersion<Resolution> resolution = new PerVersion<>();
    /** The canonical names of an index version, read on first use. */
    private final PerVersion<CorpusNames> names = new PerVersion<>();
    /** The entities described in an index version. */
    private final PerVersion<DescribedEntities> described = new PerVersion<>();
    private final DelayedCommit delayedCommit = new DelayedCommit(this::commit, PUBLISH_COMMIT_DELAY_MS);
    private Path directory;
    private IndexWriter writer;
    private SearcherManager searchers;

    @Activate
    void activate() {
        directory = workspace.area("entities").resolve("index");
        try {
            writer = IndexLayout.open(directory);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new ExtractionException("cannot open the entity index " + directory + ": " + e.getMessage(), e);
        }
    }

    @Deactivate
    void deactivate() throws IOException {
        delayedCommit.close();
        searchers.close();
        writer.close(); // commits what a pending publish() left
    }

    @Override
    public void put(Document document, ExtractionResult result) {
        try {
            writer.updateDocuments(new Term(DOC, document.id()), blocks.of(document, result));
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException("cannot store the entities of " + document.id() + " in " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void remove(Collection<String> documentIds) {
        try {
            writer.deleteDocuments(documentIds.stream().map(id -> new Term(DOC, id)).toArray(Term[]::new));
        } catch (IOException e) {
            throw new ExtractionException("cannot remove entities from " + directory + ": " + e.getMessage(), e);
        }
        commit();
    }

    @Override
    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new ExtractionException("cannot commit the entity index " + directory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void publish() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new ExtractionException("cannot refresh the entity index " + directory + ": " + e.getMessage(), e);
        }
        delayedCommit.request();
    }

    @Override
    public List<Entity> entities(Collection<EntityType> types, Collection<String> documentIds, int limit) {
        return query(q -> q.entities(types, documentIds, limit));
    }

    @Override
    public Optional<Entity> find(String name) {
        return query(q -> q.find(name));
    }

    @Override
    public List<Mention> mentions(String entityKey, Collection<String> documentIds, int limit) {
        return query(q -> q.mentionQueries().mentions(entityKey, documentIds, limit));
    }

    @Override
    public Set<String> documents(String entityKey) {
        return query(q -> q.documents(entityKey));
    }

    @Override
    public List<CoOccurrence> coOccurrences(Collection<String> documentIds, int limit) {
        return query(q -> new CoOccurrences(q).pairs(documentIds, limit));
    }

    @Override
    public List<CoOccurrence> coOccurrences(String entityKey, Collection<String> documentIds, int limit) {
        return query(q -> new CoOccurrences(q).with(entityKey, documentIds, limit));
    }

    @Override
    public List<Mention> dates(Collection<String> documentIds) {
        return query(q -> q.mentionQueries().dates(documentIds));
    }

    @Override
    public Optional<DocumentEntities> document(String documentId) {
        return query(q -> q.mentionQueries().document(documentId));
    }

    private <T> T query(Function<EntityQueries, T> question) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                IndexReading reading = new IndexReading(searcher, resolution(searcher), json);
                DocumentTexts texts = new DocumentTexts(id -> corpus.get(id).map(Document::text));
                long version = reading.resolution.version();
                return question.apply(new EntityQueries(reading, () -> names.get(version, v -> CorpusNames.read(reading)),
                        texts, described.get(version, v -> new DescribedEntities())));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ExtractionException("cannot read the entity index " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The resolution of the searcher's index version, rebuilt when the index changed. */
    private Resolution resolution(IndexSearcher searcher) {
        long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
        return resolution.get(version, v -> IndexReading.resolve(searcher, v, json));
    }
}
