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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    /** What one run gave: the valid annotations and, when it failed, one line saying why. */
    record Outcome(List<Annotation> annotations, long millis, String error) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ExtractorRunner.class);

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
            return failed(extractorId, document, "the extraction pipeline is stopping", start, null);
        }
        try {
            List<Annotation> found = future.get(timeoutMillis, TimeUnit.MILLISECONDS);
            return checked(found, extractorId, document, elapsed(start));
        } catch (TimeoutException e) {
            future.cancel(true);
            if (state.compareAndSet(0, 2)) {
                stuck.incrementAndGet();
                abandoned.incrementAndGet();
            }
            return failed(extractorId, document, "timed out after " + seconds(timeoutMillis), start, null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return failed(extractorId, document, reason(cause), start, cause);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return failed(extractorId, document, "interrupted", start, null);
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

    private static Outcome checked(List<Annotation> found, String extractorId, Document document, long millis) {
        if (found == null) {
            return new Outcome(List.of(), millis,
                    "extractor " + extractorId + " failed on " + document.id() + ": it returned no list");
        }
        List<Annotation> valid = new ArrayList<>(found.size());
        int bad = 0;
        for (Annotation a : found) {
            if (a != null && a.span().end() <= document.text().length()
                    && a.span().of(document.text()).equals(a.text())) {
                valid.add(a);
            } else {
                bad++;
            }
        }
        String error = bad == 0 ? null : "extractor " + extractorId + " failed on " + document.id() + ": " + bad
                + " annotations do not match the text (dropped)";
        return new Outcome(valid, millis, error);
    }

    private static Outcome failed(String extractorId, Document document, String reason, long start, Throwable cause) {
        String line = "extractor " + extractorId + " failed on " + document.id() + ": " + reason;
        if (cause != null) {
            LOG.warn("{}", line, cause);
        } else {
            LOG.warn("{}", line);
        }
        return new Outcome(List.of(), elapsed(start), line);
    }

    private static String reason(Throwable cause) {
        String message = cause.getMessage();
        String oneLine = message == null || message.isBlank() ? cause.getClass().getSimpleName()
                : message.strip().replaceAll("\\s*\\R\\s*", " ");
        return cause instanceof RuntimeException && message != null ? oneLine
                : cause.getClass().getSimpleName() + (message == null ? "" : ": " + oneLine);
    }

    static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static long elapsed(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
