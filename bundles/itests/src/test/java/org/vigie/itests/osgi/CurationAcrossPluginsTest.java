package org.vigie.itests.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.vigie.corpus.api.CorpusImporter;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.curation.api.CurationLog;
import org.vigie.curation.api.Decision;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.ExtractionPipeline;
import org.vigie.plugins.api.PluginInfo;
import org.vigie.plugins.api.PluginService;

/**
 * The analyst's merge is applied on read, so it outlives re-extraction while an extractor
 * plugin comes and goes: installed, the plugin adds its entities to the document and the merge
 * still holds; removed, its entities leave and the merge still holds.
 */
class CurationAcrossPluginsTest {
    private static final String MERGED = "Interpol-Europol (itest)";

    @InjectBundleContext
    BundleContext context;

    @TempDir
    Path dir;

    @Test
    void aMergeSurvivesAnExtractorPluginInstalledAndRemoved(@InjectService(timeout = 10_000) CurationLog log,
            @InjectService(timeout = 10_000) PluginService plugins, @InjectService(timeout = 10_000) CorpusImporter importer,
            @InjectService(timeout = 10_000) CorpusStore store, @InjectService(timeout = 10_000) ExtractionPipeline pipeline,
            @InjectService(timeout = 10_000) EntityIndex index) throws Exception {
        String id = Articles.importText(importer, dir, "alerte.txt", "CERT Test", "Alerte conjointe\n\nInterpol et Europol "
                + "signalent que le serveur 91.219.236.18 exploite la faille CVE-2023-4966 contre des administrations.\n");
        Entity interpol = index.find("Interpol").orElseThrow();
        Entity europol = index.find("Europol").orElseThrow();
        assertNotEquals(interpol.key(), europol.key(), "alias resolution keeps them apart: the merge is the analyst's");
        Long plugin = null;
        log.record(Decision.ENTITY_MERGE, List.of(interpol.key(), europol.key()), Map.of("as", MERGED), "itest");
        try {
            assertMerged(index, id, interpol.key());

            PluginInfo installed = plugins.install(IocPlugin.jar(context, dir).toString());
            plugin = installed.id();
            pipeline.extract(List.of(id), null);
            assertTrue(IocPlugin.indicators(index, id).contains("cve-2023-4966"), "the plugin extracted");
            assertMerged(index, id, interpol.key());

            plugins.remove(String.valueOf(plugin));
            plugin = null;
            pipeline.extract(List.of(id), null);
            assertTrue(IocPlugin.indicators(index, id).isEmpty(), "the plugin's entities left with it");
            assertMerged(index, id, interpol.key());
        } finally {
            if (plugin != null) {
                plugins.remove(String.valueOf(plugin));
            }
            log.undo(1, "itest done"); // the framework's workspace is shared with the other tests
        }
        try {
            assertEquals(europol.key(), index.find("Europol").orElseThrow().key(), "undone, the two are apart again");
        } finally {
            store.remove(List.of(id));
        }
    }

    /** Both names find the merged entity, and the document lists it once, under the analyst's name. */
    private static void assertMerged(EntityIndex index, String documentId, String key) {
        Entity byInterpol = index.find("Interpol").orElseThrow();
        Entity byEuropol = index.find("Europol").orElseThrow();
        assertEquals(key, byInterpol.key());
        assertEquals(key, byEuropol.key());
        assertEquals(MERGED, byEuropol.name());
        Set<String> names = Set.copyOf(index.document(documentId).orElseThrow().entities().stream()
                .filter(e -> e.type().name().equals("ORGANIZATION")).map(Entity::name).toList());
        assertTrue(names.contains(MERGED) && !names.contains("Europol") && !names.contains("Interpol"), names.toString());
    }
}
