package org.vigie.itests.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.vigie.core.api.Workspace;
import org.vigie.corpus.api.CorpusImporter;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.entities.api.EntityExtractor;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.ExtractionPipeline;
import org.vigie.plugins.api.PluginService;

/** The distribution's bundles start and publish their services in a real framework. */
class DistributionTest {

    @InjectBundleContext
    BundleContext context;

    @Test
    void everyVigieBundleIsActive() {
        List<Bundle> vigie = Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName().startsWith("org.vigie.") && !b.getSymbolicName().startsWith("org.vigie.itests"))
                .filter(b -> b.getHeaders().get("Fragment-Host") == null)
                .toList();
        assertTrue(vigie.size() >= 12, "Vigie bundles present: " + vigie);
        for (Bundle bundle : vigie) {
            assertEquals(Bundle.ACTIVE, bundle.getState(), bundle.getSymbolicName() + " is active");
        }
    }

    @Test
    void theWorkbenchServicesAreRegistered(@InjectService(timeout = 10_000) Workspace workspace,
            @InjectService(timeout = 10_000) CorpusStore store, @InjectService(timeout = 10_000) CorpusImporter importer,
            @InjectService(timeout = 10_000) ExtractionPipeline pipeline,
            @InjectService(timeout = 10_000) EntityIndex index, @InjectService(timeout = 10_000) PluginService plugins) {
        assertTrue(workspace.root().toString().endsWith("itest-workspace"), workspace.root().toString());
        assertNotNull(store);
        assertNotNull(importer);
        assertNotNull(index);
        assertTrue(pipeline.extractors().stream().anyMatch(e -> e.id().equals("french")),
                "the French extractor is active: " + pipeline.extractors());
        assertTrue(plugins.list().isEmpty(), "no plugins in a fresh workspace: " + plugins.list());
    }

    @Test
    void theFrenchExtractorIsAWhiteboardService(@InjectService(timeout = 10_000)
            List<EntityExtractor> extractors) {
        assertTrue(extractors.stream().anyMatch(e -> e.id().equals("french")), extractors.toString());
    }
}
