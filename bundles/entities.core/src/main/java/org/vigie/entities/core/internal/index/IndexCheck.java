package org.vigie.entities.core.internal.index;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.entities.api.CheckReport;
import org.vigie.entities.api.EntityIndexCheck;
import org.vigie.entities.api.ExtractionException;
import org.vigie.entities.api.ExtractionProgress;
import org.vigie.entities.api.ExtractionReport;
import org.vigie.entities.core.internal.pipeline.Disagreement;
import org.vigie.entities.core.internal.pipeline.Pipeline;
import org.vigie.entities.core.internal.pipeline.ResultStore;

/**
 * Brings the entity index into agreement with the corpus: compares the ids on both sides (doc
 * values only), drops orphan results, extracts the documents that have none, and records the
 * corpus revision in the entity index's commit only when nothing is left to repair. One check
 * runs at a time; a second waits for the first.
 */
@Component(service = EntityIndexCheck.class)
public class IndexCheck implements EntityIndexCheck {

    private static final Logger LOG = LoggerFactory.getLogger(IndexCheck.class);

    @Reference
    CorpusStore corpus;

    @Reference
    Pipeline pipeline;

    @Reference
    ResultStore store;

    private final ReentrantLock running = new ReentrantLock();

    @Override
    public boolean agrees() {
        return Objects.equals(corpus.revision(), store.agreedRevision());
    }

    @Override
    public CheckReport check(ExtractionProgress progress) {
        try {
            running.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException("interrupted: the check did not start; run vigie:check again");
        }
        try {
            return repair(progress);
        } finally {
            running.unlock();
        }
    }

    private CheckReport repair(ExtractionProgress progress) {
        String revision = corpus.revision(); // first: any later change makes the recorded one stale
        long start = System.nanoTime();
        List<String> stored = corpus.ids();
        Disagreement found = Disagreement.between(stored, store.documentIds());
        LOG.info("compared the ids of {} documents and their results in {} ms: {} without results, {} orphan results",
                stored.size(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), found.missing().size(),
                found.orphans().size());
        store.remove(found.orphans());
        List<String> failures = List.of();
        if (!found.missing().isEmpty()) {
            if (pipeline.extractors().isEmpty()) {
                throw new ExtractionException(found.missing().size() + " documents have no entities and no entity "
                        + "extractor is running: see plugins:list");
            }
            ExtractionReport report = pipeline.extract(found.missing(), progress);
            failures = report.failures();
        }
        Disagreement left = Disagreement.between(stored, store.documentIds());
        if (left.none()) {
            store.commitAgreement(revision);
        }
        CheckReport report = new CheckReport(stored.size(), found.missing().size(),
                found.missing().size() - left.missing().size(), found.orphans().size(), failures);
        LOG.info("{}", report.summary());
        return report;
    }
}
