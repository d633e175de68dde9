package org.vigie.entities.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.vigie.corpus.api.Document;
import org.vigie.entities.api.ExtractionResult;

/** Extraction ahead of storage: same order, bounded, failures passed on, stoppable. */
class ExtractAheadTest {

    private static ExtractionResult extract(Document document) {
        return new ExtractionResult(document.id(), List.of(), List.of());
    }

    private static List<Document> documents(int n) {
        return IntStream.range(0, n).mapToObj(i -> Fixtures.text("doc-" + i, "Texte " + i + ".")).toList();
    }

    @Test
    void resultsComeInTheOrderOfTheDocumentsOnAnotherThread() {
        List<String> threads = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        try (ExtractAhead ahead = new ExtractAhead(documents(50).iterator(), d -> {
            threads.add(Thread.currentThread().getName());
            return extract(d);
        }, 4, 50)) {
            ahead.forEachRemaining(e -> {
                assertEquals(e.document().id(), e.result().documentId());
                seen.add(e.document().id());
            });
        }
        assertEquals(documents(50).stream().map(Document::id).toList(), seen);
        assertTrue(threads.stream().allMatch("vigie-extract-ahead"::equals), threads.toString());
    }

    @Test
    void oneDocumentIsExtractedOnTheCallersThread() {
        List<String> threads = new ArrayList<>();
        try (ExtractAhead ahead = new ExtractAhead(documents(1).iterator(), d -> {
            threads.add(Thread.currentThread().getName());
            return extract(d);
        }, 4, 1)) {
            assertEquals("doc-0", ahead.next().document().id());
            assertFalse(ahead.hasNext());
        }
        assertEquals(List.of(Thread.currentThread().getName()), threads);
    }

    @Test
    void aFailingSourceIsRethrownAfterTheDocumentsBeforeIt() {
        Iterator<Document> failing = new Iterator<>() {
            private int given;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Document next() {
                if (given == 2) {
                    throw new IllegalStateException("the corpus store is closed");
                }
                return Fixtures.text("doc-" + given++, "Texte.");
            }
        };
        try (ExtractAhead ahead = new ExtractAhead(failing, ExtractAheadTest::extract, 4, 10)) {
            assertEquals("doc-0", ahead.next().document().id());
            assertEquals("doc-1", ahead.next().document().id());
            assertEquals("the corpus store is closed", assertThrows(IllegalStateException.class, ahead::hasNext).getMessage());
        }
    }

    @Test
    void closingStopsExtractingAheadAndAtMostTheCapacityWaits() throws Exception {
        AtomicInteger extracted = new AtomicInteger();
        ExtractAhead ahead = new ExtractAhead(documents(1000).iterator(), d -> {
            extracted.incrementAndGet();
            return extract(d);
        }, 4, 1000);
        assertEquals("doc-0", ahead.next().document().id());
        Thread.sleep(200); // the thread fills the queue, then waits
        assertTrue(extracted.get() <= 1 + 4 + 1, "bounded: " + extracted.get());
        ahead.close();
        int atClose = extracted.get();
        Thread.sleep(100);
        assertEquals(atClose, extracted.get(), "nothing extracted after close");
    }
}
