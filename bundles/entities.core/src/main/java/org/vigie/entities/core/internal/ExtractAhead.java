package org.vigie.entities.core.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

import org.vigie.corpus.api.Document;
import org.vigie.entities.api.ExtractionException;
import org.vigie.entities.api.ExtractionResult;

/**
 * Extracts the next documents on a thread of its own while the caller stores the ones before:
 * extraction and indexing of a long run overlap on two cores instead of taking turns. At most
 * {@code capacity} results wait, so memory stays flat whatever the number of documents. A failure
 * of the documents' source is rethrown to the caller, in order; closing stops the thread.
 */
final class ExtractAhead implements Iterator<ExtractAhead.Extracted>, AutoCloseable {

    /** A document and what was extracted from it. */
    record Extracted(Document document, ExtractionResult result) {
    }

    /** What the thread hands over: a result, the source's failure, or the end. */
    private record Item(Extracted extracted, RuntimeException failure) {
    }

    private static final Item END = new Item(null, null);

    private final BlockingQueue<Item> ready;
    private final Thread thread;
    private Item next;

    /**
     * Starts extracting ahead, unless there is one document or none ({@code expected}): that one
     * is extracted on the caller's thread (an import tells its files one at a time).
     */
    ExtractAhead(Iterator<Document> documents, Function<Document, ExtractionResult> extract, int capacity, int expected) {
        this.ready = expected > 1 ? new ArrayBlockingQueue<>(capacity) : new LinkedBlockingQueue<>();
        if (expected > 1) {
            this.thread = new Thread(() -> produce(documents, extract), "vigie-extract-ahead");
            thread.setDaemon(true);
            thread.start();
        } else {
            this.thread = null;
            produce(documents, extract);
        }
    }

    private void produce(Iterator<Document> documents, Function<Document, ExtractionResult> extract) {
        try {
            try {
                while (documents.hasNext() && !Thread.currentThread().isInterrupted()) {
                    Document document = documents.next();
                    ready.put(new Item(new Extracted(document, extract.apply(document)), null));
                }
            } catch (RuntimeException e) {
                ready.put(new Item(null, e));
            }
            ready.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed: the caller no longer reads
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = ready.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExtractionException("extraction interrupted", e);
            }
        }
        if (next.failure() != null) {
            throw next.failure();
        }
        return next != END;
    }

    @Override
    public Extracted next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Extracted extracted = next.extracted();
        next = null;
        return extracted;
    }

    /** Stops extracting ahead; results not read are dropped. */
    @Override
    public void close() {
        if (thread == null) {
            return;
        }
        thread.interrupt();
        ready.clear();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
