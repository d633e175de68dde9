package org.vigie.entities.core.internal.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.vigie.core.api.Workspace;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.cluster.OpenSearchCluster;
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
import org.vigie.entities.core.internal.cluster.ClusterResults;
import org.vigie.entities.core.internal.query.IndexQuestions;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The entity index: extraction results in a Lucene index under the workspace's {@code entities}
 * area ({@link LocalResults}); questions are answered by {@link IndexQuestions}. When the corpus
 * store is on OpenSearch, the results live in the cluster, shared by every analyst on it, and the
 * Lucene index in the workspace is their replica ({@link ClusterResults}, caught up before each
 * question): the same questions, the same answers. Over 150 lines and whole on purpose: it is
 * the one component behind both {@code EntityIndex} and {@code ResultStore}, and what is left is
 * their methods, each one delegation.
 */
@Component(service = {EntityIndex.class, ResultStore.class})
public class LuceneEntityIndex implements EntityIndex, ResultStore {

    @Reference
    Workspace workspace;

    /** Where the sentences of the mentions shown are cut from. */
    @Reference
    CorpusStore corpus;

    /** The active store's properties: is it on a cluster? ({@code null} in tests: embedded). */
    @Reference(name = "corpusKind", service = CorpusStore.class)
    Map<String, Object> corpusProperties;

    /** The cluster of the active store when it is on OpenSearch (not a copy's target). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY,
            target = "(!(vigie.corpus.store.role=copy))")
    OpenSearchCluster cluster;

    /** The analyst's decisions, applied on read; Vigie works without them. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile CurationLog curationLog;

    /** The least time between two looks at the cluster before a question (tests: 0). */
    long lookEveryMillis = ClusterResults.LOOK_EVERY_MS;
    private final Curations curations = new Curations();
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private LocalResults local;
    private ResultStore results;
    /** Before each question: catch up with the cluster (nothing on the embedded store). */
    private Runnable beforeReading = () -> {
    };
    private IndexQuestions questions;

    @Activate
    void activate() {
        Path entities = workspace.area("entities");
        boolean onCluster = corpusProperties != null && "opensearch".equals(corpusProperties.get("vigie.corpus.store"));
        if (onCluster && cluster == null) {
            // the store's cluster service registers a moment after the store: SCR reactivates this then
            throw new ExtractionException("the entity index waits for the OpenSearch cluster of the corpus store");
        }
        local = new LocalResults(cluster == null ? entities.resolve("index") : ClusterResults.replicaOf(entities, cluster), json);
        questions = new IndexQuestions(() -> local.searchers(), id -> corpus.get(id).map(Document::text), local.directory(),
                json, () -> curations.of(curationLog));
        if (cluster == null) {
            results = local;
        } else {
            ClusterResults shared = new ClusterResults(cluster, local, local.directory(), ids -> corpus.getAll(ids), lookEveryMillis);
            results = shared;
            beforeReading = shared::catchUpSoon;
        }
    }

    @Deactivate
    void deactivate() throws IOException {
        if (results instanceof ClusterResults shared) {
            shared.close(); // sends what is staged, then closes the replica
        } else {
            local.close();
        }
    }

    @Override
    public void put(Document document, ExtractionResult result) {
        results.put(document, result);
    }

    @Override
    public void remove(Collection<String> documentIds) {
        results.remove(documentIds);
    }

    @Override
    public void commit() {
        results.commit();
    }

    @Override
    public void publish() {
        results.publish();
    }

    @Override
    public Set<String> documentIds() {
        return results.documentIds();
    }

    @Override
    public String agreedRevision() {
        return results.agreedRevision();
    }

    @Override
    public void commitAgreement(String corpusRevision) {
        results.commitAgreement(corpusRevision);
    }

    @Override
    public List<Entity> entities(Collection<EntityType> types, Collection<String> documentIds, int limit) {
        beforeReading.run();
        return questions.entities(types, documentIds, limit);
    }

    @Override
    public Optional<Entity> find(String name) {
        beforeReading.run();
        return questions.find(name);
    }

    @Override
    public List<Mention> mentions(String entityKey, Collection<String> documentIds, int limit) {
        beforeReading.run();
        return questions.mentions(entityKey, documentIds, limit);
    }

    @Override
    public Set<String> documents(String entityKey) {
        beforeReading.run();
        return questions.documents(entityKey);
    }

    @Override
    public List<CoOccurrence> coOccurrences(Collection<String> documentIds, int limit) {
        beforeReading.run();
        return questions.coOccurrences(documentIds, limit);
    }

    @Override
    public List<CoOccurrence> coOccurrences(String entityKey, Collection<String> documentIds, int limit) {
        beforeReading.run();
        return questions.coOccurrences(entityKey, documentIds, limit);
    }

    @Override
    public List<Mention> dates(Collection<String> documentIds) {
        beforeReading.run();
        return questions.dates(documentIds);
    }

    @Override
    public List<NameLink> links(String entityKey) {
        beforeReading.run();
        return questions.links(entityKey);
    }

    @Override
    public Optional<DocumentEntities> document(String documentId) {
        beforeReading.run();
        return questions.document(documentId);
    }

    @Override
    public List<Mention> mentions(String documentId) {
        beforeReading.run();
        return questions.documentMentions(documentId);
    }

    @Override
    public CurationReport curation() {
        beforeReading.run();
        return questions.curation();
    }
}
