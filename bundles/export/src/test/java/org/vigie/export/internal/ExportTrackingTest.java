package org.vigie.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.export.api.ExportException;
import org.vigie.export.api.ExportRequest;
import org.vigie.export.api.Exporter;
import org.vigie.export.api.ExporterInfo;
import org.vigie.export.internal.csv.CsvExporter;
import org.vigie.export.internal.csv.FakeIndex;
import org.vigie.report.api.Selection;

/** The progress of an export, followed through the index and the stream the exporter is given. */
class ExportTrackingTest {

    private static final int DOCUMENTS = 5;

    @TempDir
    Path dir;

    @Test
    void theCsvExporterMovesTheCountOneDocumentAtATimeUpToTheFileWritten() throws Exception {
        List<long[]> updates = new ArrayList<>();
        Path out = dir.resolve("x.zip");
        long size = service().write(new ExportRequest(out, "csv", null, null),
                (documents, total, bytes) -> updates.add(new long[] {documents, total, bytes})).bytes();
        assertTrue(updates.stream().allMatch(u -> u[1] == DOCUMENTS));
        List<Long> counts = updates.stream().map(u -> u[0]).distinct().toList();
        assertEquals(LongStream.rangeClosed(1, DOCUMENTS).boxed().toList(), counts, "each document once, in order");
        long[] last = updates.get(updates.size() - 1);
        assertEquals(List.of((long) DOCUMENTS, size, Files.size(out)), List.of(last[0], last[2], size));
    }

    @Test
    void aProgressThatStopsTheExportLeavesTheOlderFileAndNoTemporaryOne() throws Exception {
        Path out = dir.resolve("x.zip");
        Files.writeString(out, "older");
        ExportException stop = new ExportException("interrupted after 3 of 5 documents; nothing written");
        ExportException thrown = assertThrows(ExportException.class, () -> service().write(new ExportRequest(out, "csv",
                null, null), (documents, total, bytes) -> {
                    if (documents == 3) {
                        throw stop;
                    }
                }));
        assertSame(stop, thrown);
        assertEquals("older", Files.readString(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void theIndexGivenAnswersAsTheIndexAndPassesItsExceptionsOn() {
        ExportTracking tracking = new ExportTracking(new Selection(documents(), "", true), (d, t, b) -> { });
        FakeIndex index = new FakeIndex("Lê", DOCUMENTS);
        assertEquals(index.document("d1"), tracking.index(index).document("d1"));
        assertEquals(index.curation(), tracking.index(index).curation());
        // the fake index fails, as an index may, when asked for mentions in the whole corpus
        assertThrows(IllegalArgumentException.class, () -> tracking.index(index).mentions("k", List.of(), 1));
        assertFalse(tracking.index(index).entities(List.of(), List.of(), 1).isEmpty());
    }

    private WhiteboardExportService service() {
        WhiteboardExportService service = new WhiteboardExportService();
        service.selection = criteria -> new Selection(documents(), "tout le corpus", true);
        service.index = new FakeIndex("Lê Văn", DOCUMENTS);
        Map<String, Object> csv = new HashMap<>(new ExporterInfo("csv", "application/zip", "zip", "", "").properties());
        service.exporters = List.<Map.Entry<Map<String, Object>, Exporter>>of(new SimpleEntry<>(csv, new CsvExporter()));
        return service;
    }

    private static List<DocumentSummary> documents() {
        return IntStream.range(0, DOCUMENTS).mapToObj(i -> new DocumentSummary("d" + i, new DocumentMetadata("t" + i,
                "VNA", null, null, "vi", null, null, Instant.EPOCH, "text/plain", Map.of()), 10)).toList();
    }
}
