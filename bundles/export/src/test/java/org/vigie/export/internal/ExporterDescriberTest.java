package org.vigie.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.export.api.Exporter;
import org.vigie.export.api.ExporterInfo;
import org.vigie.plugins.api.Contribution;

class ExporterDescriberTest {

    private final ExporterDescriber describer = new ExporterDescriber();

    @Test
    void describesAnExporterFromItsProperties() {
        Map<String, Object> p = new HashMap<>(new ExporterInfo("gexf", "application/gexf+xml", "gexf", "graphe pour Gephi",
                "unknown").properties());
        p.put("objectClass", new String[] {Exporter.class.getName()});
        assertEquals(new Contribution("exporter", "gexf", "graphe pour Gephi (.gexf, application/gexf+xml)", null),
                describer.describe(p).orElseThrow());
    }

    @Test
    void flagsMissingPropertiesAndIgnoresOtherServices() {
        Map<String, Object> p = new HashMap<>(Map.of("objectClass", new String[] {Exporter.class.getName()},
                "service.id", 42L));
        assertEquals(new Contribution("exporter", "42", "", "missing property vigie.exporter.id"),
                describer.describe(p).orElseThrow());
        assertTrue(describer.describe(Map.of("objectClass", new String[] {"x.Other"})).isEmpty());
    }
}
