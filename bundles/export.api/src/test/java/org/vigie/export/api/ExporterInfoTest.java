package org.vigie.export.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ExporterInfoTest {

    @Test
    void readsTheTypedProperties() {
        ExporterInfo info = ExporterInfo.of(Map.of(ExporterInfo.ID, "csv", ExporterInfo.MEDIA_TYPE, "application/zip",
                ExporterInfo.EXTENSION, new String[] {".zip"}, ExporterInfo.DESCRIPTION, " tables "));
        assertEquals(new ExporterInfo("csv", "application/zip", "zip", "tables", "unknown"), info);
        assertEquals(info, ExporterInfo.of(info.properties()));
        assertEquals("org.x", info.with("org.x").bundle());
    }

    @Test
    void descriptionIsOptional() {
        assertEquals("", ExporterInfo.of(Map.of(ExporterInfo.ID, "x", ExporterInfo.MEDIA_TYPE, "text/plain",
                ExporterInfo.EXTENSION, "txt")).description());
    }

    @Test
    void namesTheMissingProperty() {
        Map<String, Object> p = new HashMap<>(Map.of(ExporterInfo.ID, "x", ExporterInfo.EXTENSION, "txt"));
        assertEquals("missing property vigie.exporter.mediaType",
                assertThrows(IllegalArgumentException.class, () -> ExporterInfo.of(p)).getMessage());
        p.put(ExporterInfo.MEDIA_TYPE, "text/plain");
        p.put(ExporterInfo.ID, " ");
        assertEquals("missing property vigie.exporter.id",
                assertThrows(IllegalArgumentException.class, () -> ExporterInfo.of(p)).getMessage());
    }
}
