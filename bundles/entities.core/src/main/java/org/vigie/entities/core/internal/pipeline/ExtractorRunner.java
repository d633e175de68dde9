package org.vigie.entities.core.internal.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.vigie.corpus.api.Document;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityExtractor;
import org.vigie.entities.api.ExtractionResult;
import org.vigie.entities.api.ExtractorRun;

/**
 * Runs extractors on a document, each on a thread of its own within a time limit, and merges
 * their annotations ({@link AnnotationMerger}). A run that
 * overstays is cancelled (interrupted) and its thread abandoned: the pool grows instead of
 * waiting, so a thread stuck in a loop never blocks later documents. An extractor with too many
 * runs still stuck is suspended until one of them ends, so a looping plugin cannot eat a
 * thread per document.
 */
final class ExtractorRunner implements AutoCloseable {

    private final AnnotationMerger merger = new AnnotationMerger();
    private final ExecutorService threads;
    private final long timeoutMillis;
    private final int suspendAfterStuck;
    /** Runs still stuck, per extractor service (its {@code service.id}): a new registration starts clean. */
    private final Map<Object, AtomicInteger> stuckRuns = new ConcurrentHashMap<>();
    private final AtomicLong abandoned = new AtomicLong();

    ExtractorRunner(long timeoutMillis, int suspendAfterStuck) {
        this.timeoutMillis = timeoutMillis;
        this.suspendAfterStuck = suspendAfterStuck;
        AtomicInteger count = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "vigie-extractor-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    Outcome run(ActiveExtractor active, Document document) {
        EntityExtractor extractor = active.extractor();
        String extractorId = active.id();
        AtomicInteger stuck = stuckRuns.computeIfAbsent(active.serviceId(), id -> new AtomicInteger());
        if (stuck.get() >= suspendAfterStuck) {
            return new Outcome(List.of(), 0, "extractor " + extractorId + " skipped on " + document.id() + ": "
                    + stuck.get() + " earlier runs are still stuck after timing out");
        }
        AtomicInteger state = new AtomicInteger(); // 0 running, 1 finished, 2 abandoned
        long start = System.nanoTime();
        Future<List<Annotation>> future;
        try {
            future = threads.submit(() -> {
                try {
                    return extractor.extract(document);
                } finally {
                    if (!state.compareAndSet(0, 1)) {
                        stuck.decrementAndGet();
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            return Outcome.failed(extractorId, document, "the extraction pipeline is stopping", start, null);
        }
        try {
            List<Annotation> found = future.get(timeoutMillis, TimeUnit.MILLISECONDS);
            return Outcome.checked(found, extractorId, document, elapsed(start));
        } catch (TimeoutException e) {
            future.cancel(true);
            if (state.compareAndSet(0, 2)) {
                stuck.incrementAndGet();
                abandoned.incrementAndGet();
            }
            return Outcome.failed(extractorId, document, "timed out after " + seconds(timeoutMillis), start, null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Outcome.failed(extractorId, document, Outcome.reason(cause), start, cause);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return Outcome.failed(extractorId, document, "interrupted", start, null);
        }
    }

    /**
     * Runs every extractor that handles the document's language, highest ranking first, records
     * each run's outcome in {@code health} and merges what they found. Empty when the calling
     * thread is interrupted (Ctrl-C) before every extractor ran: a result missing some runs must
     * not replace the document's stored one.
     */
    Optional<ExtractionResult> extract(List<ActiveExtractor> active, Document document, ExtractorHealth health) {
        List<List<Annotation>> found = new ArrayList<>();
        List<ExtractorRun> runs = new ArrayList<>();
        for (ActiveExtractor e : active) {
            if (e.handles(document.metadata().language())) {
                if (Thread.currentThread().isInterrupted()) {
                    return Optional.empty();
                }
                Outcome outcome = run(e, document);
                if (Thread.currentThread().isInterrupted()) {
                    return Optional.empty();
                }
                health.ran(e.serviceId(), outcome.error());
                found.add(outcome.annotations());
                runs.add(new ExtractorRun(e.id(), e.version(), outcome.annotations().size(), outcome.millis(),
                        outcome.error()));
            }
        }
        return Optional.of(new ExtractionResult(document.id(), merger.merge(found), runs));
    }

    /** Forgets the state of extractor services no longer registered (their stuck runs go with them). */
    void retain(Collection<Object> serviceIds) {
        stuckRuns.keySet().retainAll(serviceIds);
    }

    /** How many threads were given up on since the runner started. */
    long abandonedThreads() {
        return abandoned.get();
    }

    static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    static long elapsed(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
