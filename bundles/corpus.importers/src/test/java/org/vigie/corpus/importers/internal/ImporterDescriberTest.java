package org.vigie.corpus.importers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.corpus.api.DocumentImporter;
import org.vigie.corpus.api.propertytypes.ImporterInfo;

class ImporterDescriberTest {

    private final ImporterDescriber describer = new ImporterDescriber();

    @Test
    void anImporterIsDescribedByItsIdAndMediaTypes() {
        var contribution = describer.describe(Map.of("objectClass", new String[] {DocumentImporter.class.getName()},
                "service.id", 7L, ImporterInfo.ID, "docx",
                ImporterInfo.MEDIA_TYPES, new String[] {"application/vnd.openxmlformats", "application/msword"}));
        assertEquals("importer docx: application/msword, application/vnd.openxmlformats",
                contribution.orElseThrow().toString());
    }

    @Test
    void anImporterWithoutIdIsFlaggedWithItsServiceId() {
        var contribution = describer.describe(Map.of("objectClass", new String[] {DocumentImporter.class.getName()},
                "service.id", 7L));
        assertEquals("importer 7 (failing: importer service 7 has no vigie.importer.id (@ImporterService))",
                contribution.orElseThrow().toString());
    }

    @Test
    void anotherServiceIsNotAnImporter() {
        assertTrue(describer.describe(Map.of("objectClass", new String[] {"org.vigie.Other"}, "service.id", 7L))
                .isEmpty());
    }
}
