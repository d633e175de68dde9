package org.vigie.export.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.export.api.Export;
import org.vigie.report.api.Selection;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** The CSV archive read back with Jackson's CSV reader. */
class CsvExporterTest {

    @Test
    void writesThreeTablesThatAReaderReadsBack() throws IOException {
        FakeIndex index = new FakeIndex("=Dupont", 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExporter().write(new Export(selection(3), index, Map.of()), out);

        Map<String, List<Map<String, String>>> tables = read(out.toByteArray());
        assertEquals(CsvExporter.names(), List.copyOf(tables.keySet()));
        List<Map<String, String>> documents = tables.get("documents.csv");
        assertEquals(List.of("d0", "d1", "d2"), documents.stream().map(d -> d.get("id")).toList());
        assertEquals("'-titre, \"cité\"", documents.get(0).get("title"), "neutralised, quotes and comma kept");
        assertEquals("2025-01-01", documents.get(0).get("published"));
        Map<String, String> entity = tables.get("entities.csv").get(0);
        assertEquals("'=Dupont", entity.get("name"));
        assertEquals("'=alias | b, c", entity.get("aliases"));
        List<Map<String, String>> mentions = tables.get("mentions.csv");
        assertEquals(3, mentions.size());
        assertEquals("'=Dupont a dit \"oui\",\r\nhier.", mentions.get(1).get("sentence"));
        assertEquals("d1", mentions.get(1).get("document"));
        assertEquals("7", mentions.get(1).get("end"));
    }

    @Test
    void streamsMentionsOneDocumentAtATime() throws IOException {
        FakeIndex index = new FakeIndex("Martin", 2_000);
        CountingStream out = new CountingStream();
        new CsvExporter().write(new Export(selection(2_000), index, Map.of()), out);
        assertEquals(2_000, index.documentMentionCalls, "one mentions question per document");
        assertTrue(out.flushes >= 2_000, "mentions are flushed after each document: " + out.flushes);
    }

    private static Selection selection(int n) {
        List<DocumentSummary> docs = IntStream.range(0, n).mapToObj(i -> new DocumentSummary("d" + i, new DocumentMetadata(
                "-titre, \"cité\"", "Source", "https://x.invalid/" + i, LocalDate.of(2025, 1, 1).plusDays(i), "fr",
                null, null, null, "text/plain", Map.of()), 100)).toList();
        return new Selection(docs, "tout le corpus", true);
    }

    static Map<String, List<Map<String, String>>> read(byte[] zip) throws IOException {
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                List<Map<String, String>> rows = new ArrayList<>();
                try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader()).readValues(bytes)) {
                    it.forEachRemaining(rows::add);
                }
                tables.put(e.getName(), rows);
            }
        }
        return tables;
    }

    /** Counts bytes and flushes, keeping nothing. */
    private static final class CountingStream extends OutputStream {
        long bytes;
        int flushes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }

        @Override
        public void flush() {
            flushes++;
        }
    }
}
