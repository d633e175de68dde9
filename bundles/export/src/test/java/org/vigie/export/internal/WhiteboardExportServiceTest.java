package org.vigie.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap.SimpleEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.export.api.ExportException;
import org.vigie.export.api.ExportRequest;
import org.vigie.export.api.Exporter;
import org.vigie.export.api.ExporterInfo;
import org.vigie.export.internal.csv.FakeIndex;
import org.vigie.report.api.Selection;

class WhiteboardExportServiceTest {

    @TempDir
    Path dir;

    @Test
    void theHighestRankedExporterOfAnIdWritesAndUnknownFormatsAreNamed() throws Exception {
        WhiteboardExportService service = new WhiteboardExportService();
        service.selection = criteria -> new Selection(List.of(new DocumentSummary("d1", new DocumentMetadata("t", null,
                null, null, "fr", null, null, null, "text/plain", Map.of()), 10)), "tout le corpus", true);
        service.index = new FakeIndex("x", 2);
        service.exporters = List.of(exporter("b", "low"), exporter("a", "a"), exporter("b", "high"));
        assertEquals(List.of("a", "b"), service.formats().stream().map(ExporterInfo::id).toList());

        Path out = dir.resolve("x.txt");
        assertEquals(4, service.write(new ExportRequest(out, "B", null, null)).bytes());
        assertEquals("high", Files.readString(out));
        assertEquals("unknown format 'c': export:formats lists a, b", assertThrows(ExportException.class,
                () -> service.write(new ExportRequest(out, "c", null, null))).getMessage());
        service.exporters = List.of();
        assertEquals("unknown format 'c': no exporter is installed", assertThrows(ExportException.class,
                () -> service.write(new ExportRequest(out, "c", null, null))).getMessage());
    }

    @Test
    void anEmptySelectionIsAnErrorAndKeepsTheOlderFile() throws Exception {
        WhiteboardExportService service = new WhiteboardExportService();
        service.selection = criteria -> new Selection(List.of(), "requête « zzz »", false);
        service.index = new FakeIndex("x", 2);
        service.exporters = List.of(exporter("a", "new"));
        Path out = dir.resolve("x.txt");
        Files.writeString(out, "older");
        assertEquals("no document matches requête « zzz »: there is nothing to export", assertThrows(
                ExportException.class, () -> service.write(new ExportRequest(out, "a", null, null))).getMessage());
        assertEquals("older", Files.readString(out));
    }

    private static Map.Entry<Map<String, Object>, Exporter> exporter(String id, String content) {
        Map<String, Object> p = new HashMap<>(new ExporterInfo(id, "text/plain", "txt", "", "").properties());
        return new SimpleEntry<>(p, (export, out) -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }
}
