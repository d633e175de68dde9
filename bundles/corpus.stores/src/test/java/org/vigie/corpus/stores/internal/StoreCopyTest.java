package org.vigie.corpus.stores.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.stores.CopyReport;
import org.vigie.corpus.api.stores.StoreChoice;
import org.vigie.testing.MemoryCorpusStore;

class StoreCopyTest {
    private static final StoreChoice TARGET = StoreChoice.embedded();

    @Test
    void everyDocumentArrivesInImportOrderInBatchesAndTheCountsAreVerified() {
        List<Document> docs = documents(1_203);
        MemoryCorpusStore source = new MemoryCorpusStore(docs);
        MemoryCorpusStore target = new MemoryCorpusStore();
        List<Long> told = new ArrayList<>();

        CopyReport report = StoreCopy.run(source, target, TARGET, (done, total) -> told.add(done), 500);

        assertEquals(source.ids(), target.ids());
        assertEquals(List.of(500, 500, 203), target.commitSizes());
        assertEquals(List.of(0L, 500L, 1_000L, 1_203L), told);
        assertEquals(new CopyReport(TARGET, 1_203, 0, 1_203, 0, 1_203), report);
        assertTrue(report.verified());
    }

    @Test
    void aRerunAfterAFailedBatchCopiesOnlyWhatIsMissing() {
        MemoryCorpusStore source = new MemoryCorpusStore(documents(1_100));
        MemoryCorpusStore target = new MemoryCorpusStore().failOnCommit(2);
        assertThrows(RuntimeException.class, () -> StoreCopy.run(source, target, TARGET, (done, total) -> { }, 500));
        assertEquals(500, target.count());

        CopyReport rerun = StoreCopy.run(source, target, TARGET, (done, total) -> { }, 500);

        assertEquals(new CopyReport(TARGET, 1_100, 500, 600, 0, 1_100), rerun);
        assertEquals(source.ids(), target.ids());
    }

    @Test
    void anInterruptStopsBetweenBatchesAndSaysHowToFinish() {
        MemoryCorpusStore source = new MemoryCorpusStore(documents(1_000));
        MemoryCorpusStore target = new MemoryCorpusStore();
        CorpusException e = assertThrows(CorpusException.class, () -> StoreCopy.run(source, target, TARGET,
                (done, total) -> {
                    if (done == 500) {
                        Thread.currentThread().interrupt();
                    }
                }, 500));
        Thread.interrupted();
        assertEquals("interrupted after 500 of 1000 documents; run store:copy again to finish", e.getMessage());
        assertEquals(500, target.count());
    }

    @Test
    void aDocumentTheTargetDropsIsReportedMissing() {
        MemoryCorpusStore source = new MemoryCorpusStore(documents(3));
        MemoryCorpusStore target = new MemoryCorpusStore() {
            @Override
            public synchronized List<String> add(java.util.Collection<Document> batch) {
                return super.add(batch.stream().skip(1).toList());
            }
        };

        CopyReport report = StoreCopy.run(source, target, TARGET, (done, total) -> { });

        assertEquals(1, report.missing());
        assertEquals(2, report.targetCount());
        assertTrue(!report.verified());
    }

    private static List<Document> documents(int n) {
        return IntStream.range(0, n).mapToObj(i -> {
            String id = String.format("%016x", 0xabc0000L + i);
            return new Document(id, "Texte " + i + ".", null, new DocumentMetadata("Titre " + i, "VNA", null,
                    LocalDate.of(2025, 10, 26), "fr", id + ".txt", "/news/" + id + ".txt", null, "text/plain", Map.of()));
        }).toList();
    }
}
