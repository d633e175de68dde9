package org.vigie.entities.core.internal.pipeline;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.Document;
import org.vigie.entities.api.ExtractionProgress;
import org.vigie.entities.api.ExtractionReport;
import org.vigie.entities.api.ExtractionResult;

/**
 * One run of the pipeline over many documents: extracts each, stores its result (behind, on a
 * {@link ResultQueue}: the next document is extracted meanwhile), commits every
 * {@code commitEvery} documents and at the end once every result is stored, tells the progress
 * listener, and stops at the next document when the calling thread is interrupted (the document
 * it was on keeps the result it had).
 */
final class ExtractionRun {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractionRun.class);

    private final Function<Document, Optional<ExtractionResult>> extraction;
    private final ResultStore store;
    private final int commitEvery;

    /** {@code extraction}: the extractors of this run on one document, empty when interrupted. */
    ExtractionRun(Function<Document, Optional<ExtractionResult>> extraction, ResultStore store, int commitEvery) {
        this.extraction = extraction;
        this.store = store;
        this.commitEvery = commitEvery;
    }

    /** Extracts {@code documents} ({@code total} of them), adding failures to {@code failures}; {@code finish} ends it. */
    ExtractionReport over(Iterator<Document> documents, int total, List<String> failures, ExtractionProgress progress,
            Runnable finish) {
        long start = System.nanoTime();
        int done = 0;
        try (ResultQueue results = new ResultQueue(store)) {
            while (!Thread.currentThread().isInterrupted() && documents.hasNext()) {
                Document document = documents.next();
                Optional<ExtractionResult> extracted = extraction.apply(document);
                if (extracted.isEmpty()) {
                    break; // interrupted: the document keeps the result it had
                }
                ExtractionResult result = extracted.get();
                result.runs().stream().filter(r -> r.error() != null).forEach(r -> failures.add(r.error()));
                results.put(document, result);
                tell(progress, result, ++done, total);
                if (done % commitEvery == 0) {
                    results.drain(failures);
                    store.commit();
                }
            }
            results.drain(failures);
            finish.run();
            return new ExtractionReport(done, results.annotations(), failures,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
    }

    private static void tell(ExtractionProgress progress, ExtractionResult result, int done, int total) {
        if (progress != null) {
            try {
                progress.documentDone(result, done, total);
            } catch (RuntimeException e) {
                LOG.warn("extraction progress listener failed on {}", result.documentId(), e);
            }
        }
    }
}
