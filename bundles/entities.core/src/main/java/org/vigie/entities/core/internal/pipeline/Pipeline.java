package org.vigie.entities.core.internal.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.Document;
import org.vigie.entities.api.EntityExtractor;
import org.vigie.entities.api.ExtractionException;
import org.vigie.entities.api.ExtractionPipeline;
import org.vigie.entities.api.ExtractionProgress;
import org.vigie.entities.api.ExtractionReport;
import org.vigie.entities.api.ExtractionResult;
import org.vigie.entities.api.ExtractorInfo;

/**
 * Runs every applicable extractor on documents, isolated and time-limited ({@link ExtractorRunner}),
 * merges and stores; a run over many documents is an {@link ExtractionRun}. Over 150 lines and
 * whole: the component, its configuration and the three ways in (one document, documents by id,
 * an import batch) sharing one snapshot of the extractor services.
 */
@Component(service = {ExtractionPipeline.class, Pipeline.class}, configurationPid = "org.vigie.entities.pipeline")
@Designate(ocd = Pipeline.Config.class)
public class Pipeline implements ExtractionPipeline {

    @ObjectClassDefinition(name = "Vigie extraction pipeline")
    public @interface Config {
        @AttributeDefinition(description = "Seconds one extractor may spend on one document")
        double timeoutSeconds() default 10;

        @AttributeDefinition(description = "Runs of one extractor still stuck after timing out before it is skipped")
        int suspendAfterStuck() default 4;

        @AttributeDefinition(description = "Documents extracted between two commits of the entity index")
        int commitEvery() default 1000;
    }

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    @Reference(service = EntityExtractor.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile List<Map.Entry<Map<String, Object>, EntityExtractor>> extractors = List.of();

    @Reference
    CorpusStore corpus;

    @Reference
    ResultStore store;

    @Reference
    ExtractorHealth health;

    private ExtractorRunner runner;
    private BundleContext context;
    private int commitEvery;

    @Activate
    void activate(Config config, BundleContext context) {
        this.context = context;
        this.commitEvery = Math.max(1, config.commitEvery());
        long millis = Math.max(1, Math.round(config.timeoutSeconds() * 1000));
        this.runner = new ExtractorRunner(millis, Math.max(1, config.suspendAfterStuck()));
    }

    @Deactivate
    void deactivate() {
        LOG.info("extraction pipeline stopped; {} stuck extractor threads were abandoned", runner.abandonedThreads());
        runner.close();
    }

    @Override
    public ExtractionResult extract(Document document) {
        ExtractionResult result = run(snapshot(), document).orElseThrow(() -> new ExtractionException(
                "interrupted: the entities of " + document.id() + " were not extracted"));
        store.put(document, result);
        store.commit();
        return result;
    }

    /** The whole corpus ({@code documentIds} empty) also drops the results of documents no longer in it. */
    @Override
    public ExtractionReport extract(Collection<String> documentIds, ExtractionProgress progress) {
        List<String> ids = documentIds.isEmpty() ? corpus.ids() : List.copyOf(documentIds);
        List<String> failures = new ArrayList<>();
        Iterator<Document> documents = ids.stream().map(id -> find(id, failures)).flatMap(Optional::stream).iterator();
        ExtractionReport report = extract(documents, ids.size(), failures, progress);
        if (documentIds.isEmpty() && !Thread.currentThread().isInterrupted()) {
            Set<String> orphans = Disagreement.between(ids, store.documentIds()).orphans();
            store.remove(orphans);
            LOG.info("dropped the results of {} documents no longer in the corpus", orphans.size());
        }
        return report;
    }

    /**
     * Extracts and stores documents at hand (one import batch): queryable when this returns,
     * committed within a second ({@link ResultStore#publish()}), as small imports come one file per batch.
     * An interrupt stops it at the next document; a document not extracted is left to the next check.
     */
    ExtractionReport extract(List<Document> documents) {
        return extract(documents.iterator(), documents.size(), new ArrayList<>(), null, store::publish);
    }

    private ExtractionReport extract(Iterator<Document> documents, int total, List<String> failures,
            ExtractionProgress progress) {
        return extract(documents, total, failures, progress, store::commit);
    }

    private ExtractionReport extract(Iterator<Document> documents, int total, List<String> failures,
            ExtractionProgress progress, Runnable finish) {
        List<ActiveExtractor> active = snapshot();
        return new ExtractionRun(document -> run(active, document), store, commitEvery)
                .over(documents, total, failures, progress, finish);
    }

    @Override
    public List<ExtractorInfo> extractors() {
        return snapshot().stream().map(e -> e.declared().with(bundleName(e.bundleId()),
                health.of(e.serviceId()).failures(), health.of(e.serviceId()).lastFailure())).toList();
    }

    /** Abandoned extractor threads since activation (they were stuck past their time limit). */
    long abandonedThreads() {
        return runner.abandonedThreads();
    }

    Optional<ExtractionResult> run(List<ActiveExtractor> active, Document document) {
        return runner.extract(active, document, health);
    }

    private List<ActiveExtractor> snapshot() {
        List<ActiveExtractor> active = ActiveExtractor.snapshot(extractors, (service, e) -> {
            LOG.warn("extractor service {} left out: {}", service, e.getMessage());
            health.ran(service, "left out: " + e.getMessage());
        });
        runner.retain(active.stream().map(ActiveExtractor::serviceId).toList());
        return active;
    }

    private Optional<Document> find(String id, List<String> failures) {
        try {
            Optional<Document> document = corpus.get(id);
            if (document.isEmpty()) {
                failures.add("document " + id + " is not in the corpus");
            }
            return document;
        } catch (RuntimeException e) {
            LOG.warn("cannot read document {} from the corpus", id, e);
            failures.add("cannot read document " + id + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private String bundleName(long bundleId) {
        Bundle bundle = context == null || bundleId < 0 ? null : context.getBundle(bundleId);
        return bundle == null ? "unknown" : bundle.getSymbolicName();
    }
}
